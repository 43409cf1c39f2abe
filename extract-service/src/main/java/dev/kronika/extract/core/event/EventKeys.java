package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.Mention;

import java.util.Locale;

/** Entity keys of mentions, with a stand-in for mentions that entity linking has not keyed. */
final class EventKeys {

    private EventKeys() {
    }

    static String of(Mention mention) {
        if (mention.entityKey() != null) {
            return mention.entityKey();
        }
        String base = mention.lemma() != null && !mention.lemma().isBlank() ? mention.lemma() : mention.text();
        return mention.type().name().toLowerCase(Locale.ROOT) + ":" + base.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
