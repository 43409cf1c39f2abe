package dev.kronika.ingest.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstThenTheSustainedRatePerClient() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(true, 2, 3, now::get);
        assertTrue(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("a"));
        assertFalse(limiter.tryAcquire("a"));
        assertTrue(limiter.tryAcquire("b"), "each client has its own bucket");

        now.addAndGet(SECOND / 2);
        assertTrue(limiter.tryAcquire("a"), "one token back after half a second at 2/s");
        assertFalse(limiter.tryAcquire("a"));

        now.addAndGet(10 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a"));
        }
        assertFalse(limiter.tryAcquire("a"), "an idle client saves up no more than the burst");
    }

    @Test
    void letsEverythingThroughWhenOff() {
        RateLimiter limiter = new RateLimiter(false, 1, 1, () -> 0L);
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.tryAcquire("a"));
        }
    }
}
