package dev.kronika.query.service;

import dev.kronika.proto.extract.v1.Entity;
import dev.kronika.proto.extract.v1.Label;
import dev.kronika.query.domain.KnownEntity;
import dev.kronika.query.repository.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a document's entity to the store's global entity. The extractor's key decides first;
 * a key never seen before joins an existing entity only when a multi-word name of the same type
 * folds to the same key (two different people called "Johnson" stay apart, "Alexander
 * Lukashenko" and "Aleksander Łukaszenka" meet).
 */
@ApplicationScoped
public class EntityResolver {

    @Inject
    EntityRepository entities;

    /** Called inside the indexing transaction. */
    public long resolve(Entity entity) {
        String type = entity.getType().name().replace("ENTITY_TYPE_", "");
        Set<String> names = new LinkedHashSet<>();
        if (!entity.getName().isBlank()) {
            names.add(entity.getName());
        }
        names.addAll(entity.getNamesList());
        long id = entities.entityIdForKey(entity.getKey())
                .or(() -> byFullName(type, names))
                .orElseGet(() -> create(type, entity));
        if (entities.entityIdForKey(entity.getKey()).isEmpty()) {
            entities.addKey(entity.getKey(), id);
        }
        for (String name : names) {
            if (!name.isBlank()) {
                entities.addName(id, name, NameFolding.fold(name));
            }
        }
        for (Label label : entity.getLabelsList()) {
            if (!label.getLanguage().isBlank() && !label.getName().isBlank()) {
                entities.setLabel(id, label.getLanguage(), label.getName());
            }
        }
        KnownEntity known = entities.findById(id);
        if (known.wikidataId == null && !entity.getWikidataId().isBlank()) {
            known.wikidataId = entity.getWikidataId();
        }
        if (isFuller(entity.getName(), known.displayName)) {
            known.displayName = entity.getName();
        }
        return id;
    }

    private Optional<Long> byFullName(String type, Set<String> names) {
        for (String name : names) {
            String key = NameFolding.fold(name);
            if (key.contains(" ")) {
                List<Long> matches = entities.entitiesWithMatchKey(type, key);
                if (matches.size() == 1) {
                    return Optional.of(matches.get(0));
                }
            }
        }
        return Optional.empty();
    }

    private long create(String type, Entity entity) {
        KnownEntity known = new KnownEntity();
        known.type = type;
        known.displayName = entity.getName().isBlank() ? entity.getKey() : entity.getName();
        known.wikidataId = entity.getWikidataId().isBlank() ? null : entity.getWikidataId();
        entities.persist(known);
        return known.id;
    }

    /** A display name with more words is the fuller form ("Vladimir Putin" over "Putin"). */
    private static boolean isFuller(String candidate, String current) {
        return candidate != null && !candidate.isBlank()
                && candidate.strip().split("\\s+").length > current.strip().split("\\s+").length;
    }
}
