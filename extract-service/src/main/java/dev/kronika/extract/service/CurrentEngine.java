package dev.kronika.extract.service;

import dev.kronika.extract.core.ExtractionEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine requests are served with. Replaced as a whole when the knowledge base changes: a
 * request takes the engine once and finishes on it, whatever is swapped in meanwhile.
 */
@ApplicationScoped
public class CurrentEngine {

    private final AtomicReference<ExtractionEngine> engine = new AtomicReference<>();

    CurrentEngine() {
    }

    @Inject
    public CurrentEngine(ExtractionEngine initial) {
        engine.set(initial);
    }

    public ExtractionEngine get() {
        return engine.get();
    }

    void swap(ExtractionEngine next) {
        engine.set(next);
    }
}
