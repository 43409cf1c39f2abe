package dev.kronika.extract.core.time;

/** What relative and year-less expressions are resolved against. */
public enum ReferenceMode {
    /** News: the publication date, with tense deciding between past and future readings. */
    NEWS,
    /** Narratives (history articles): the last date the text mentioned. */
    NARRATIVE
}
