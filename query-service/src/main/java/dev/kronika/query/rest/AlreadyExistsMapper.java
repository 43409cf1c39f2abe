package dev.kronika.query.rest;

import dev.kronika.common.HttpErrors;
import dev.kronika.query.service.AlreadyExistsException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 409 with an AIP-193 body when the resource to create exists already. */
@Provider
public class AlreadyExistsMapper implements ExceptionMapper<AlreadyExistsException> {

    @Override
    public Response toResponse(AlreadyExistsException e) {
        return Response.status(409).type(MediaType.APPLICATION_JSON).entity(HttpErrors.body(409, "ALREADY_EXISTS", e.getMessage())).build();
    }
}
