package dev.kronika.extract.core.time;

/** The time a sentence speaks of, as far as its verbs tell. */
public enum Tense {
    PAST, FUTURE, NONE
}
