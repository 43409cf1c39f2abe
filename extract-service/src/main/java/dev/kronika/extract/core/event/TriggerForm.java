package dev.kronika.extract.core.event;

/** The grammatical form of a trigger word, which fixes the event's status unless context overrides it. */
enum TriggerForm {
    /** A finite verb in the past: the event occurred. */
    PAST,
    /** A finite verb in the future (incl. Slavic perfective present): the event is planned. */
    FUTURE,
    /** A finite verb in the present: ongoing, or a headline's historic present; status from context. */
    PRESENT,
    /** An infinitive or base form: status from the governing words. */
    INF,
    /** A noun: status from the governing words. */
    NOUN;

    boolean isFinite() {
        return this == PAST || this == FUTURE;
    }
}
