package dev.kronika.ingest.rest;

import dev.kronika.common.HttpErrors;
import dev.kronika.common.HttpParameters;
import dev.kronika.ingest.service.InvalidSubmissionException;
import dev.kronika.ingest.service.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Client errors as AIP-193 JSON bodies. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    @Provider
    public static class InvalidSubmission implements ExceptionMapper<InvalidSubmissionException> {
        @Override
        public Response toResponse(InvalidSubmissionException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(HttpErrors.body(400, "INVALID_ARGUMENT", e.getMessage())).build();
        }
    }

    @Provider
    public static class InvalidParameter implements ExceptionMapper<HttpParameters.InvalidParameterException> {
        @Override
        public Response toResponse(HttpParameters.InvalidParameterException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(HttpErrors.body(400, "INVALID_ARGUMENT", e.getMessage())).build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Response.status(404).type(MediaType.APPLICATION_JSON).entity(HttpErrors.body(404, "NOT_FOUND", e.getMessage())).build();
        }
    }
}
