package dev.kronika.extract.config;

import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.service.KnowledgeBaseLayers;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Builds the extraction core once, at start-up, so that models load before the first request:
 * over the bundled knowledge base and the files in {@code kronika.extract.kb.files}. Entities
 * users add come later, from the knowledge-base refresher.
 */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @Singleton
    KnowledgeBaseLayers knowledgeBaseLayers(ExtractConfig config) {
        return KnowledgeBaseLayers.load(KnowledgeBase.bundled(), config.kb().files().orElse(List.of()));
    }

    @Produces
    @ApplicationScoped
    @Startup
    ExtractionEngine engine(KnowledgeBaseLayers layers) {
        ExtractionEngine standard = ExtractionEngine.standard();
        return layers.bundledOnly() ? standard : standard.withKnowledgeBase(layers.compose(List.of()));
    }
}
