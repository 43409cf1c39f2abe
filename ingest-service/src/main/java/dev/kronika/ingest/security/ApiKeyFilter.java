package dev.kronika.ingest.security;

import dev.kronika.common.auth.HttpAccessCheck;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies the shared API-key check (see {@link HttpAccessCheck}) to the REST API. Health
 * (/q/health) and metrics (/q/metrics) are not JAX-RS resources, so they never pass through here
 * and stay open to the kubelet and Prometheus.
 */
@Provider
public class ApiKeyFilter implements ContainerRequestFilter {

    @Inject
    Authenticator authenticator;

    private HttpAccessCheck check;

    @PostConstruct
    void init() {
        check = new HttpAccessCheck(authenticator);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        check.check(request.getMethod(), request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(HttpAccessCheck.API_KEY_HEADER)).ifPresent(refusal -> {
            Response.ResponseBuilder response = Response.status(refusal.status()).type(MediaType.APPLICATION_JSON).entity(refusal.body());
            if (refusal.challenge()) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            request.abortWith(response.build());
        });
    }
}
