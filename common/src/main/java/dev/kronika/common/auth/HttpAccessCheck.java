package dev.kronika.common.auth;

import dev.kronika.common.HttpErrors;

import java.util.Optional;

/**
 * API keys on an HTTP API ({@code Authorization: Bearer <key>} or {@code X-Api-Key}): safe
 * methods need role read, the others write. Free of any web framework: a service's request
 * filter hands over the method and headers and sends the refusal this returns, if any.
 */
public final class HttpAccessCheck {

    public static final String API_KEY_HEADER = "X-Api-Key";

    /** An HTTP refusal: status, AIP-193 JSON body, and whether to ask for a bearer token. */
    public record Refusal(int status, String body, boolean challenge) {
    }

    private final AccessPolicy policy;

    public HttpAccessCheck(AccessPolicy policy) {
        this.policy = policy;
    }

    public Optional<Refusal> check(String method, String authorization, String apiKey) {
        if (!policy.enabled()) {
            return Optional.empty();
        }
        Role needed = Role.forHttpMethod(method);
        return switch (policy.decide(authorization, apiKey, needed)) {
            case ALLOWED -> Optional.empty();
            case UNAUTHENTICATED -> Optional.of(new Refusal(401,
                    HttpErrors.body(401, "UNAUTHENTICATED", "an API key is required: Authorization: Bearer <key> or X-Api-Key"), true));
            case FORBIDDEN -> Optional.of(new Refusal(403,
                    HttpErrors.body(403, "PERMISSION_DENIED", "this API key lacks the " + needed.label() + " role"), false));
        };
    }
}
