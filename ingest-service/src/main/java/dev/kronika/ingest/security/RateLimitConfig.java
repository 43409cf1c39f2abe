package dev.kronika.ingest.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client rate limits on ingest's HTTP and gRPC API (a token bucket per API key, or per address without one). */
@ConfigMapping(prefix = "kronika.rate-limit")
public interface RateLimitConfig {

    /** Off by default; the prod overlay can switch it on with KRONIKA_RATE_LIMIT_ENABLED. */
    @WithDefault("false")
    boolean enabled();

    /** Sustained requests per second a client may make. */
    @WithDefault("20")
    double requestsPerSecond();

    /** Requests a client may make at once after being idle. */
    @WithDefault("40")
    int burst();
}
