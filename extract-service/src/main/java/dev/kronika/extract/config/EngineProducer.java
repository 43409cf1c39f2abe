package dev.kronika.extract.config;

import dev.kronika.extract.core.ExtractionEngine;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the extraction core once, at start-up, so that models load before the first request. */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @ApplicationScoped
    @Startup
    ExtractionEngine engine() {
        return ExtractionEngine.standard();
    }
}
