package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.EntityType;

/** A recognised name over tokens [first, end) of a sentence's main-text tokens. */
public record NameCandidate(int first, int end, EntityType type, double confidence) {
}
