package dev.kronika.common.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a credential, as sent over HTTP or gRPC, may perform an operation needing a role.
 * Plain Java so that every service applies the same rules; each service wraps it as a bean.
 */
public class AccessPolicy {

    /** The outcome, which each edge turns into its own status (401/403, UNAUTHENTICATED/PERMISSION_DENIED). */
    public enum Decision {
        ALLOWED,
        UNAUTHENTICATED,
        FORBIDDEN
    }

    private final boolean enabled;
    private final ApiKeys keys;

    /** An open policy; only for frameworks that need a no-argument constructor. */
    protected AccessPolicy() {
        this(false, "");
    }

    /**
     * @param keysSpec keys as {@code name:key:role|role,...}
     * @throws IllegalStateException when enabled without keys: failing at start beats a service that
     *                               refuses every call, or one that is silently open
     */
    public AccessPolicy(boolean enabled, String keysSpec) {
        this.enabled = enabled;
        this.keys = ApiKeys.parse(keysSpec);
        if (enabled && keys.isEmpty()) {
            throw new IllegalStateException("kronika.auth.enabled=true but kronika.auth.keys is empty (set KRONIKA_AUTH_KEYS)");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * @param authorization the value of an {@code Authorization} header or metadata entry ({@code Bearer <key>}), or null
     * @param apiKey the value of an {@code X-Api-Key} header, or null
     */
    public Decision decide(String authorization, String apiKey, Role needed) {
        if (!enabled) {
            return Decision.ALLOWED;
        }
        return keys.find(presented(authorization, apiKey))
                .map(client -> client.roles().contains(needed) ? Decision.ALLOWED : Decision.FORBIDDEN)
                .orElse(Decision.UNAUTHENTICATED);
    }

    /** The configured name of the presented key, when it is a valid one (whether or not authentication is enforced). */
    public Optional<String> clientName(String authorization, String apiKey) {
        return keys.find(presented(authorization, apiKey)).map(ApiKeys.Client::name);
    }

    private static String presented(String authorization, String apiKey) {
        return apiKey != null && !apiKey.isBlank() ? apiKey : bearerToken(authorization);
    }

    public static String bearerToken(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        return value.toLowerCase(Locale.ROOT).startsWith("bearer ") ? value.substring(7).strip() : null;
    }
}
