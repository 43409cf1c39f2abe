package dev.kronika.common;

import com.google.gson.JsonObject;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Error bodies in the shape of Google AIP-193, and strict UTF-8 decoding of request bodies. */
public final class HttpErrors {

    private HttpErrors() {
    }

    /** {@code {"error": {"code": 400, "status": "INVALID_ARGUMENT", "message": "..."}}} */
    public static String body(int code, String status, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("status", status);
        error.addProperty("message", message);
        JsonObject root = new JsonObject();
        root.add("error", error);
        return root.toString();
    }

    /** Decodes UTF-8, refusing malformed input instead of replacing it. */
    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("body is not valid UTF-8");
        }
    }
}
