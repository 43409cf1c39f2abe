package dev.kronika.extract.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entity of one document.
 *
 * @param key        cross-lingual identity shared by documents and languages
 * @param name       the fullest base form in this document
 * @param names      all base and surface forms seen, plus known names in other languages
 * @param wikidataId the knowledge base's Wikidata id, when known
 * @param labels     the knowledge base's canonical name by language code, empty for an entity it does not know
 */
public record EntityRecord(String key, EntityType type, String name, List<String> names, Optional<String> wikidataId,
                           Map<String, String> labels) {

    public EntityRecord {
        names = List.copyOf(names);
        labels = Map.copyOf(labels);
    }

    /** An entity the knowledge base does not know. */
    public EntityRecord(String key, EntityType type, String name, List<String> names, Optional<String> wikidataId) {
        this(key, type, name, names, wikidataId, Map.of());
    }
}
