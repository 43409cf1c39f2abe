package dev.kronika.extract.core.model;

/**
 * A named-entity mention.
 *
 * @param lemma     the base form of the whole mention in the nominative
 * @param entityKey the cross-lingual identity, null until entity linking has run
 */
public record Mention(Span span, String text, EntityType type, String lemma, String entityKey, double confidence) {

    public Mention withEntityKey(String key) {
        return new Mention(span, text, type, lemma, key, confidence);
    }
}
