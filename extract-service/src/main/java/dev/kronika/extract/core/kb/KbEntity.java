package dev.kronika.extract.core.kb;

import dev.kronika.extract.core.model.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        names = copy(names);
        attrs = copy(attrs);
    }

    /** Immutable and trimmed: a large knowledge base holds many small lists. */
    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.put(k, List.copyOf(v));
            }
        });
        return Map.copyOf(out);
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

    /** The names of the language, empty when there are none. */
    public List<String> names(String language) {
        return names.getOrDefault(language, List.of());
    }

    /**
     * This entity with the other's names and facts added: this one's id, type, kind, canonical
     * names and attribute order win; the other's names follow as variants, its facts are added
     * where they are new, and its Wikidata id fills an empty one.
     */
    public KbEntity mergedWith(KbEntity other) {
        Map<String, List<String>> mergedNames = union(names, other.names);
        Map<String, List<String>> mergedAttrs = union(attrs, other.attrs);
        return new KbEntity(id, type, kind, wikidata.or(other::wikidata), mergedNames, mergedAttrs);
    }

    private static Map<String, List<String>> union(Map<String, List<String>> first, Map<String, List<String>> second) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String language : KnowledgeBase.LANGUAGES) {
            addAll(out, language, first.get(language));
            addAll(out, language, second.get(language));
        }
        first.forEach((k, v) -> addAll(out, k, v));
        second.forEach((k, v) -> addAll(out, k, v));
        return out;
    }

    private static void addAll(Map<String, List<String>> out, String key, List<String> values) {
        if (values == null) {
            return;
        }
        List<String> list = out.computeIfAbsent(key, k -> new ArrayList<>());
        for (String value : values) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }
}
