package dev.kronika.extract.rest;

import dev.kronika.common.ProtoJson;
import dev.kronika.extract.mapping.DocumentMapper;
import dev.kronika.extract.service.ExtractionService;
import dev.kronika.extract.service.InvalidInputException;
import dev.kronika.proto.extract.v1.ExtractRequest;
import dev.kronika.proto.extract.v1.ExtractResponse;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /v1/extract}: the gRPC Extract call as JSON. */
@Path("/v1/extract")
public class ExtractResource {

    @Inject
    ExtractionService service;

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response extract(byte[] body) {
        try {
            ExtractRequest request = ProtoJson.parse(JsonBodies.decodeUtf8(body), ExtractRequest.newBuilder()).build();
            var document = service.extract(DocumentMapper.toInput(request));
            return Response.ok(ProtoJson.print(ExtractResponse.newBuilder().setDocument(DocumentMapper.toProto(document)))).build();
        } catch (ProtoJson.InvalidJsonException | InvalidInputException e) {
            return JsonBodies.badRequest(e.getMessage());
        }
    }
}
