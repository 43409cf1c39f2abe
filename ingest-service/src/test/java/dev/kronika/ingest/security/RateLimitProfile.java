package dev.kronika.ingest.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Rate limiting on with a tiny bucket and (practically) no refill; authentication off, but keys known to name clients. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kronika.rate-limit.enabled", "true",
                "kronika.rate-limit.requests-per-second", "0.001",
                "kronika.rate-limit.burst", "2",
                "kronika.auth.keys", "one:key-one:read|write,two:key-two:read|write,three:key-three:read");
    }
}
