package dev.kronika.query.security;

import dev.kronika.common.auth.AccessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The shared access policy, configured from this service's {@code kronika.auth.*} settings. */
@ApplicationScoped
public class Authenticator extends AccessPolicy {

    Authenticator() {
        super();
    }

    @Inject
    public Authenticator(AuthConfig config) {
        super(config.enabled(), config.keys().orElse(""));
    }
}
