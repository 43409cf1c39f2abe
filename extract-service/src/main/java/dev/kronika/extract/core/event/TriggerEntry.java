package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EventMode;
import dev.kronika.extract.core.model.EventType;

/** One trigger of a lexicon: words that report an event of a type and mode in a grammatical form. */
record TriggerEntry(EventType type, EventMode mode, TriggerForm form, TokenPattern pattern) {
}
