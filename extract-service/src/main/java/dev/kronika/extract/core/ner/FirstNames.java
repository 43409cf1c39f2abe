package dev.kronika.extract.core.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Given names per language with their gender (resource {@code ner/first-names.tsv}), native and
 * foreign ones as each language writes them: evidence that a capitalised word opens a person's
 * name where no dictionary tags it ("Kenny Jacobs", "Оливър Робинс"). Immutable once loaded.
 */
final class FirstNames {

    enum Gender { MALE, FEMALE }

    private static final FirstNames INSTANCE = load();

    private final Map<String, Gender> byName;

    private FirstNames(Map<String, Gender> byName) {
        this.byName = Map.copyOf(byName);
    }

    static FirstNames instance() {
        return INSTANCE;
    }

    /** The gender of the given name written so in the language, if it is one. */
    Optional<Gender> gender(String language, String name) {
        return Optional.ofNullable(byName.get(language + "|" + name));
    }

    /** True when the word, or a nominative its case ending points to, is a given name ("Borisa" -> "Boris"). */
    boolean isFirstName(String language, String word) {
        if (byName.containsKey(language + "|" + word)) {
            return true;
        }
        for (String candidate : SuffixRules.candidates(language, word, true)) {
            if (byName.containsKey(language + "|" + candidate)) {
                return true;
            }
        }
        return false;
    }

    private static FirstNames load() {
        Map<String, Gender> byName = new HashMap<>();
        for (String[] cells : LexiconFile.rows("/ner/first-names.tsv").orElse(List.of())) {
            if (cells.length >= 3) {
                byName.putIfAbsent(cells[0] + "|" + cells[1], cells[2].equals("f") ? Gender.FEMALE : Gender.MALE);
            }
        }
        return new FirstNames(byName);
    }
}
