package dev.kronika.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "kronika.extract")
public interface ExtractConfig {

    /** Largest text or HTML accepted, in bytes of UTF-8. */
    @WithDefault("5242880")
    int maxTextBytes();

    /** The knowledge base the extraction recognises and links entities with. */
    Kb kb();

    /** Named-entity recognition. */
    Ner ner();

    interface Ner {

        /**
         * A model trained with {@code ./kronika train-ner} (a file); without one the rules,
         * dictionaries and knowledge base recognise names alone.
         */
        Optional<String> model();
    }

    interface Kb {

        /**
         * Knowledge-base files (KB-FORMAT TSV, e.g. the Wikidata importer's output) loaded at start
         * on top of the bundled ones; an entity id in a later file replaces the same id earlier.
         */
        Optional<List<String>> files();

        /** How often to ask query-service for entities users added or deleted; 0 turns polling off. */
        @WithDefault("30s")
        Duration refreshInterval();

        /** Deadline of one ListKnowledgeBaseEntities call. */
        @WithDefault("10s")
        Duration queryTimeout();

        /** Entities per ListKnowledgeBaseEntities page. */
        @WithDefault("500")
        int pageSize();

        /** The key presented to query-service when its authentication is on (a read key). */
        Optional<String> queryApiKey();
    }
}
