package dev.kronika.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes idle workers when work arrives, so that they need not poll fast. */
@ApplicationScoped
public class WorkSignal {

    private final Semaphore permits = new Semaphore(0);

    public void wake() {
        if (permits.availablePermits() < 64) {
            permits.release();
        }
    }

    /** Waits until woken or the timeout passes. */
    public void await(Duration timeout) throws InterruptedException {
        permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
