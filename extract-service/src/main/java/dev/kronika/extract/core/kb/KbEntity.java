package dev.kronika.extract.core.kb;

import dev.kronika.extract.core.model.EntityType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entity of the knowledge base.
 *
 * @param names language code to names, canonical (nominative, full) first
 * @param attrs key to values, in file order
 */
public record KbEntity(String id, EntityType type, String kind, Optional<String> wikidata,
                       Map<String, List<String>> names, Map<String, List<String>> attrs) {

    public KbEntity {
        names = Map.copyOf(names);
        attrs = Map.copyOf(attrs);
    }

    /** The canonical name in the language, else in English, else any. */
    public Optional<String> canonicalName(String language) {
        List<String> list = names.get(language);
        if (list == null || list.isEmpty()) {
            list = names.get("en");
        }
        if (list == null || list.isEmpty()) {
            list = names.values().stream().filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        }
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    public List<String> allNames() {
        return names.values().stream().flatMap(List::stream).distinct().toList();
    }
}
