package dev.kronika.extract.core.event;

/** Kinds of context words a lexicon lists besides event triggers. */
enum Cue {
    /** "not", "nie", "не": negates a trigger right after it. */
    NEGATION,
    /** "may", "może", "могут": the trigger after it is only possible. */
    MODAL,
    /** "if", "jeśli", "если": the clause is a condition. */
    CONDITIONAL,
    /** "will", "będzie", "ще", "будет": future auxiliaries and particles. */
    FUTURE,
    /** Auxiliaries or verbs that put a governed noun or infinitive in the past ("took place", "odbyło się"). */
    PAST,
    /** "is meeting", "trwa", "в момента": in progress. */
    ONGOING,
    /** "agreed to", "plan", "expected to", "gotowość do": the governed event is planned. */
    INTENT,
    /** "cancelled", "odwołano", "отменен". */
    CANCEL,
    /** "denied", "zaprzeczył", "опроверг". */
    DENY,
    /** "said", "powiedział", "заявил": its subject is a source, not a participant. */
    REPORTING,
    /** "spokesman", "rzecznik", "говорител": a source, not a participant. */
    SPOKESPERSON,
    /** Head of state or leader: "president", "prezydent", "лидер", "dictator". */
    ROLE_HEAD_OF_STATE,
    /** Head of government: "prime minister", "premier", "премиер". */
    ROLE_HEAD_OF_GOVERNMENT,
    /** Foreign minister. */
    ROLE_FOREIGN_MINISTER,
    /** "counterpart", "odpowiednik", "коллега": the same role in another country. */
    ROLE_COUNTERPART,
    /** "both", "the two", "obaj", "двамата": refers back to the participants just named. */
    PLURAL_ANAPHOR,
    /** Prepositions of place: "in", "w", "в", "v". */
    LOCATIVE,
    /** Prepositions of destination: "to", "do", "в", "до". */
    DIRECTIONAL,
    /** Words that may stand between a trigger and its place or time without changing what they attach to. */
    FUNCTION,
    /** Words that begin a new clause: "that", "że", "что", "че". */
    CLAUSE_BREAK,
    /** "during", "podczas", "в ходе": the trigger noun after it frames the clause's time rather than being its object. */
    FRAME,
    /** "after", "po", "после": the governed event happened before the clause's event. */
    AFTER,
    /** A word form that is a finite verb in the past ("-ł", "-ed"): weak evidence for the clause's tense. */
    PAST_VERB,
    /** A word form that is a finite verb in the future. */
    FUTURE_VERB,
    /**
     * Words that open a subordinate clause (condition, cause, time, relative: "if", "because",
     * "which", "gdy", "который"): a trigger inside one is rarely the sentence's main event.
     * Complementisers of reported speech ("that", "że", "что") are not among them.
     */
    SUBORDINATE,
    /** Determiners and possessives: a past participle right after one is an adjective ("the banned party"). */
    DETERMINER,
    /** Words of place that turn a country or city adjective into a place ("in the Russian capital"). */
    CAPITAL
}
