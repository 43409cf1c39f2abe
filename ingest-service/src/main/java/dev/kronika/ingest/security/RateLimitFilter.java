package dev.kronika.ingest.security;

import dev.kronika.common.auth.HttpAccessCheck;
import dev.kronika.common.HttpErrors;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Rate limits on the REST API, before authentication so that floods of bad keys are limited too. 429 when exceeded. */
public class RateLimitFilter {

    @Inject
    RateLimiter limiter;
    @Inject
    Authenticator authenticator;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return null;
        }
        String client = authenticator.clientName(request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getHeaderString(HttpAccessCheck.API_KEY_HEADER))
                .map(name -> "key:" + name)
                .orElseGet(() -> "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress()));
        if (limiter.tryAcquire(client)) {
            return null;
        }
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, limiter.secondsUntilNextToken())
                .type(MediaType.APPLICATION_JSON)
                .entity(HttpErrors.body(429, "RESOURCE_EXHAUSTED", "too many requests from this client; retry later"))
                .build();
    }
}
