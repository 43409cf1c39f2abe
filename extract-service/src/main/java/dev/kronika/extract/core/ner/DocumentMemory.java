package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.EntityType;

import java.util.HashMap;
import java.util.Map;

/**
 * What the tagger said about each word earlier in the same document, as a feature for its later
 * occurrences (the "extended prediction history" of Ratinov and Roth 2009): a name tagged once
 * with confidence in a clear context is the same name where the context says little. One
 * instance per document, filled sentence by sentence in reading order; not thread-safe.
 */
public final class DocumentMemory {

    private static final int TYPES = EntityType.values().length + 1;

    /** Word (lowercase) -> how often it was tagged O (index 0) or with each type (1 + ordinal). */
    private final Map<String, int[]> counts = new HashMap<>();

    /**
     * Per token of the sentence, 0 when the word was not seen before in a name or capitalised,
     * else 1 + (index of its most frequent tag) + (the tag was not unanimous ? TYPES : 0).
     */
    public int[] codes(TokenFeatures.SentenceView s) {
        int[] codes = new int[s.size()];
        for (int i = 0; i < s.size(); i++) {
            int[] c = counts.get(s.lower[i]);
            if (c == null) {
                continue;
            }
            int best = 0;
            int total = 0;
            for (int t = 0; t < TYPES; t++) {
                total += c[t];
                if (c[t] > c[best]) {
                    best = t;
                }
            }
            codes[i] = 1 + best + (c[best] < total ? TYPES : 0);
        }
        return codes;
    }

    /** Records the labels the tagger gave the sentence's words (capitalised words and names only). */
    public void record(TokenFeatures.SentenceView s, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            boolean name = labels[i] != 0;
            if (!name && !s.isCapitalized(i)) {
                continue;
            }
            int index = name ? 1 + TokenFeatures.typeOf(labels[i]).ordinal() : 0;
            counts.computeIfAbsent(s.lower[i], k -> new int[TYPES])[index]++;
        }
    }
}
