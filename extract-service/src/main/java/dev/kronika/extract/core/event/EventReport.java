package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EventMode;
import dev.kronika.extract.core.model.EventStatus;
import dev.kronika.extract.core.model.EventType;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeWindow;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One report of an event in one sentence, before repeated reports of an article are merged.
 * Mutable while the article is assembled; never leaves the package.
 */
final class EventReport {

    /** Not final: a statement of intent to act is retyped as PLOVER codes it (an offer, a threat). */
    EventType type;
    EventMode mode;
    EventStatus status;
    /** True when tense, an auxiliary or a cue fixed the status; false when it is a guess. */
    boolean statusCertain;
    final Set<String> actors = new LinkedHashSet<>();
    /** Persons the sentence quotes ("... – dodał Pieskow"): participants only when no one else is. */
    final Set<String> sources = new LinkedHashSet<>();
    /** True when the trigger's own clause names a participant. */
    boolean namedInClause;
    /** True when the status comes from a stated intent ("will", "plans to", "ready to"), not from a condition. */
    boolean intended;
    /** True when the status comes from a negation of the trigger ("did not accept"). */
    boolean negated;
    /**
     * How central the trigger is to its sentence: a finite verb of the main clause outranks a
     * noun, and both outrank a trigger in a subordinate clause or a participle used as an adjective.
     */
    int salience;
    /** The trigger's grammatical form (of its strongest word). */
    TriggerForm form;
    /** Role phrases ("the Russian president") the article and the resolver could not bind. */
    int unresolvedRoles;
    /** True when the sentence refers back to participants ("both leaders", "двамата"). */
    boolean anaphoric;
    /** Organisations and places to fall back on as actors when no person takes part. */
    final List<String> fallbackActors = new ArrayList<>();
    String location;
    int locationScore;
    boolean locationCoarse;
    TimeWindow time = TimeWindow.unknown();
    boolean timeExplicit;
    Optional<Period> within = Optional.empty();
    final Span trigger;
    final Span sentence;
    final int sentenceIndex;
    /** Token range of the trigger words in the sentence. */
    final int firstToken;
    final int endToken;

    EventReport(EventType type, EventMode mode, Span trigger, Span sentence, int sentenceIndex, int firstToken, int endToken) {
        this.type = type;
        this.mode = mode;
        this.trigger = trigger;
        this.sentence = sentence;
        this.sentenceIndex = sentenceIndex;
        this.firstToken = firstToken;
        this.endToken = endToken;
    }

    @Override
    public String toString() {
        return type + "/" + mode + "/" + status + (statusCertain ? "" : "?") + " " + actors + " @" + location + " " + time
                + (timeExplicit ? "" : "(default)") + " s" + sentenceIndex + " src" + sources;
    }
}
