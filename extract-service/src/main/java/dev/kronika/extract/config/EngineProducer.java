package dev.kronika.extract.config;

import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.ner.train.NerModel;
import dev.kronika.extract.service.KnowledgeBaseLayers;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the extraction core once, at start-up, so that models load before the first request:
 * over the bundled knowledge base and the files in {@code kronika.extract.kb.files}, with the
 * trained name model of {@code kronika.extract.ner.model} when one is configured. Entities
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
    ExtractionEngine engine(KnowledgeBaseLayers layers, ExtractConfig config) {
        ExtractionEngine standard = ExtractionEngine.standard().withNerModel(config.ner().model().map(EngineProducer::loadModel));
        return layers.bundledOnly() ? standard : standard.withKnowledgeBase(layers.compose(List.of()));
    }

    /** The configured model; a missing or unreadable file stops the start with its path, not a half-working service. */
    static NerModel loadModel(String path) {
        try {
            NerModel model = NerModel.load(Path.of(path));
            LOG.infof("named-entity model loaded from %s", path);
            return model;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("kronika.extract.ner.model: no NER model file at " + path, e);
        } catch (IOException e) {
            throw new IllegalStateException("kronika.extract.ner.model: cannot load the NER model " + path + ": " + e.getMessage(), e);
        }
    }

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);
}
