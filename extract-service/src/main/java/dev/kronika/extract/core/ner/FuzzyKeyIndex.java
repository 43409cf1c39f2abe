package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.kb.NameKeys;
import dev.kronika.extract.core.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Knowledge-base names within one edit of a folded key, by the symmetric-delete method: every key
 * and every key with one letter deleted are indexed, so a lookup costs a few hash probes.
 * Only keys of six letters or more are matched loosely; short names must match exactly.
 */
final class FuzzyKeyIndex {

    private static final int MIN_LENGTH = 6;

    private final Map<String, List<KbEntity>> index = new HashMap<>();

    FuzzyKeyIndex(KnowledgeBase kb) {
        for (KbEntity entity : kb.entities()) {
            for (Map.Entry<String, List<String>> names : entity.names().entrySet()) {
                for (String name : names.getValue()) {
                    String key = NameKeys.key(name, names.getKey());
                    if (key.length() >= MIN_LENGTH) {
                        for (String variant : variants(key)) {
                            List<KbEntity> list = index.computeIfAbsent(variant, k -> new ArrayList<>(1));
                            if (!list.contains(entity)) {
                                list.add(entity);
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<String> variants(String key) {
        List<String> out = new ArrayList<>(key.length() + 1);
        out.add(key);
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != '-') {
                out.add(key.substring(0, i) + key.substring(i + 1));
            }
        }
        return out;
    }

    Optional<KbEntity> find(String key, EntityType preferred) {
        if (key.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        List<KbEntity> found = new ArrayList<>();
        for (String variant : variants(key)) {
            for (KbEntity e : index.getOrDefault(variant, List.of())) {
                if (!found.contains(e)) {
                    found.add(e);
                }
            }
        }
        return found.stream().filter(e -> e.type() == preferred).findFirst()
                .or(() -> found.stream().findFirst());
    }
}
