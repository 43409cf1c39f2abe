package dev.kronika.ingest.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** API-key authentication of ingest-service's HTTP and gRPC API. */
@ConfigMapping(prefix = "kronika.auth")
public interface AuthConfig {

    /** When false (the default) every call is let through, as on a developer's machine. */
    @WithDefault("false")
    boolean enabled();

    /** The accepted keys: {@code name:key:role|role} entries separated by commas; roles are read and write. */
    Optional<String> keys();

    /** The key this service presents to query-service when it indexes an article (needs role write there). */
    Optional<String> clientKey();
}
