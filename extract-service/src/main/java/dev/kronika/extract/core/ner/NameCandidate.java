package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.EntityType;

/**
 * A recognised name over tokens [first, end) of a sentence's main-text tokens. A recogniser that
 * knows the base form and the entity (a demonym's nominative and country) sets them; otherwise
 * they are null and later stages compute them.
 */
public record NameCandidate(int first, int end, EntityType type, double confidence, String lemma, String entityKey) {

    public NameCandidate(int first, int end, EntityType type, double confidence) {
        this(first, end, type, confidence, null, null);
    }

    /** The same name over other tokens; this one when they are its own. */
    public NameCandidate withRange(int newFirst, int newEnd) {
        return newFirst == first && newEnd == end ? this : new NameCandidate(newFirst, newEnd, type, confidence, lemma, entityKey);
    }
}
