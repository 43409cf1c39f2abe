package dev.kronika.query.service;

import dev.kronika.query.repository.EntityRepository.LemmaUse;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the name an entity is shown by for a reader of one language. The stored display name
 * is whatever form the first articles gave (a Czech article's "Berlín" for every reader), so the
 * choice is made per query: the knowledge base's name in the reader's language, else its English
 * name, else the base form that articles in the reader's language use, else the one English
 * articles use, else the stored name.
 */
final class DisplayNames {

    static final String DEFAULT_LANGUAGE = "en";

    private DisplayNames() {
    }

    /** "en", "EN", "en-GB" and "" all mean English. */
    static String language(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String primary = requested.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.isEmpty() ? DEFAULT_LANGUAGE : primary;
    }

    /**
     * @param labels the knowledge base's names by language
     * @param lemmas the entity's base forms by article language
     * @param person people are shown by their fullest form ("Emmanuel Macron" over the more frequent "Macron")
     */
    static String choose(String language, Map<String, String> labels, List<LemmaUse> lemmas, boolean person, String stored) {
        return Optional.ofNullable(labels.get(language))
                .or(() -> Optional.ofNullable(labels.get(DEFAULT_LANGUAGE)))
                .or(() -> usedIn(language, lemmas, person))
                .or(() -> usedIn(DEFAULT_LANGUAGE, lemmas, person))
                .orElse(stored);
    }

    private static Optional<String> usedIn(String language, List<LemmaUse> lemmas, boolean person) {
        Comparator<LemmaUse> byWords = Comparator.comparingInt(l -> words(l.lemma()));
        Comparator<LemmaUse> byCount = Comparator.comparingLong(LemmaUse::count);
        Comparator<LemmaUse> preference = person ? byWords.thenComparing(byCount) : byCount.thenComparing(byWords);
        // Ties go to the alphabetically first form, so that the answer does not depend on row order.
        return lemmas.stream()
                .filter(l -> l.language().equals(language) && !l.lemma().isBlank())
                .max(preference.thenComparing(LemmaUse::lemma, Comparator.reverseOrder()))
                .map(LemmaUse::lemma);
    }

    private static int words(String name) {
        return name.strip().split("\\s+").length;
    }
}
