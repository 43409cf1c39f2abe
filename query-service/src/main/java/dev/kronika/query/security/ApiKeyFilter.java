package dev.kronika.query.security;

import dev.kronika.common.auth.Role;

import dev.kronika.common.HttpErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * API keys on the REST API: GET needs role read, anything else role write. Health (/q/health) and
 * metrics (/q/metrics) are not JAX-RS resources, so they never pass through here and stay open to
 * the kubelet and Prometheus.
 */
@Provider
public class ApiKeyFilter implements ContainerRequestFilter {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    Authenticator authenticator;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!authenticator.enabled()) {
            return;
        }
        Role needed = READ_METHODS.contains(request.getMethod()) ? Role.READ : Role.WRITE;
        switch (authenticator.decide(request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getHeaderString(API_KEY_HEADER), needed)) {
            case ALLOWED -> {
            }
            case UNAUTHENTICATED -> request.abortWith(Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON)
                    .entity(HttpErrors.body(401, "UNAUTHENTICATED", "an API key is required: Authorization: Bearer <key> or X-Api-Key"))
                    .build());
            case FORBIDDEN -> request.abortWith(Response.status(403)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(HttpErrors.body(403, "PERMISSION_DENIED", "this API key lacks the " + needed.label() + " role"))
                    .build());
        }
    }
}
