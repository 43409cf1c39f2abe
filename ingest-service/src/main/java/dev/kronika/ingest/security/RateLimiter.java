package dev.kronika.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} tokens, refilled at
 * {@code requestsPerSecond}; a request takes one or is refused. Limits are per replica, so the
 * cluster-wide limit is the configured one times ingest's replicas.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final boolean enabled;
    private final double tokensPerNano;
    private final int burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config.enabled(), config.requestsPerSecond(), config.burst(), System::nanoTime);
    }

    RateLimiter(boolean enabled, double requestsPerSecond, int burst, LongSupplier clock) {
        if (enabled && (requestsPerSecond <= 0 || burst < 1)) {
            throw new IllegalStateException("kronika.rate-limit: requests-per-second must be positive and burst at least 1");
        }
        this.enabled = enabled;
        this.tokensPerNano = requestsPerSecond / 1e9;
        this.burst = burst;
        this.clock = clock;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Takes a token for the client; false when its bucket is empty. */
    public boolean tryAcquire(String client) {
        if (!enabled) {
            return true;
        }
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            forgetIdleClients();
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, clock.getAsLong())).tryTake(clock.getAsLong());
    }

    /** Seconds until the client has a token again, for Retry-After. */
    public long secondsUntilNextToken() {
        return Math.max(1, (long) Math.ceil(1 / (tokensPerNano * 1e9)));
    }

    private void forgetIdleClients() {
        long now = clock.getAsLong();
        // A full bucket carries no information: the client would start with a full one anyway.
        buckets.entrySet().removeIf(e -> e.getValue().isFull(now));
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized boolean tryTake(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
