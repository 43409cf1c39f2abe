package dev.kronika.extract.rest;

import dev.kronika.common.HttpErrors;
import dev.kronika.common.ProtoJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Strict decoding of request bodies and AIP-193 style error bodies. */
final class JsonBodies {

    private JsonBodies() {
    }

    static String decodeUtf8(byte[] body) throws ProtoJson.InvalidJsonException {
        try {
            return HttpErrors.decodeUtf8(body);
        } catch (IllegalArgumentException e) {
            throw new ProtoJson.InvalidJsonException(e.getMessage());
        }
    }

    static Response badRequest(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(HttpErrors.body(400, "INVALID_ARGUMENT", message)).build();
    }
}
