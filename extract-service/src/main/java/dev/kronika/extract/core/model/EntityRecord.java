package dev.kronika.extract.core.model;

import java.util.List;
import java.util.Optional;

/**
 * An entity of one document.
 *
 * @param key        cross-lingual identity shared by documents and languages
 * @param name       the fullest base form in this document
 * @param names      all base and surface forms seen, plus known names in other languages
 * @param wikidataId the knowledge base's Wikidata id, when known
 */
public record EntityRecord(String key, EntityType type, String name, List<String> names, Optional<String> wikidataId) {

    public EntityRecord {
        names = List.copyOf(names);
    }
}
