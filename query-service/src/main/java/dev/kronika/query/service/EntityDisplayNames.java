package dev.kronika.query.service;

import dev.kronika.query.domain.KnownEntity;
import dev.kronika.query.repository.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names entities are shown by to a reader of one language ({@link DisplayNames}), read in one pass for a page of results. */
@ApplicationScoped
public class EntityDisplayNames {

    @Inject
    EntityRepository entities;

    /** Call inside the query's transaction. */
    Map<Long, String> of(Collection<KnownEntity> shown, String language) {
        List<Long> ids = shown.stream().map(e -> e.id).toList();
        Map<Long, Map<String, String>> labels = entities.labels(ids);
        Map<Long, List<EntityRepository.LemmaUse>> lemmas = new HashMap<>();
        for (EntityRepository.LemmaUse use : entities.lemmasByLanguage(ids)) {
            lemmas.computeIfAbsent(use.entityId(), id -> new ArrayList<>()).add(use);
        }
        String reader = DisplayNames.language(language);
        Map<Long, String> names = new HashMap<>();
        for (KnownEntity entity : shown) {
            names.put(entity.id, DisplayNames.choose(reader, labels.getOrDefault(entity.id, Map.of()),
                    lemmas.getOrDefault(entity.id, List.of()), "PER".equals(entity.type), entity.displayName));
        }
        return names;
    }
}
