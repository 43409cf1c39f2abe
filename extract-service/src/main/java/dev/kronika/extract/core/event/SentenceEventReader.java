package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.EventMode;
import dev.kronika.extract.core.model.EventStatus;
import dev.kronika.extract.core.model.EventType;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.TimeWindow;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event reports of one sentence: matches triggers, fuses neighbouring triggers of one
 * event ("spotkali się na szczycie", "rozmawiali telefonicznie"), and reads each report's status,
 * participants, place and time from the words around it.
 */
final class SentenceEventReader {

    /** Triggers this close (in tokens) and of one type report one event. */
    private static final int FUSION_GAP = 3;
    /** How far back a governing word (auxiliary, "agreed to", "will") may stand. */
    private static final int GOVERNOR_REACH = 10;
    private static final int AUXILIARY_REACH = 3;
    private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");

    private final EventLexicon lexicon;
    private final DocumentRoleResolver documentRoles;
    private final RoleResolver roles;
    private final Optional<LocalDate> anchor;

    SentenceEventReader(EventLexicon lexicon, DocumentRoleResolver documentRoles, RoleResolver roles, Optional<LocalDate> anchor) {
        this.lexicon = lexicon;
        this.documentRoles = documentRoles;
        this.roles = roles;
        this.anchor = anchor;
    }

    private record Match(TriggerEntry entry, int from, int end) {
    }

    List<EventReport> read(SentenceView s, List<RolePhrase> rolePhrases) {
        List<List<Match>> groups = fuse(matches(s), s);
        if (groups.isEmpty()) {
            return List.of();
        }
        Set<Integer> triggerTokens = new HashSet<>();
        for (List<Match> group : groups) {
            for (Match m : group) {
                for (int i = m.from; i < m.end; i++) {
                    triggerTokens.add(i);
                }
            }
        }
        Participants sentenceWide = participants(s, rolePhrases, 0, s.size(), true, false, false, -1);
        List<EventReport> reports = new ArrayList<>();
        for (List<Match> group : groups) {
            reports.add(report(s, group, sentenceWide, rolePhrases, triggerTokens));
        }
        reports.removeIf(r -> isTopic(s, r, reports));
        attachTimes(s, reports);
        return reports;
    }

    /**
     * Acts that have no destination: after "в", "у", "v", "na" (place or goal) a place is where
     * they happen ("lifted the curfew in Santiago", "arrested in Minsk"), not a participant.
     */
    private static final Set<EventType> SCENE_ONLY = java.util.EnumSet.of(EventType.CONCEDE, EventType.COERCE,
            EventType.PROTEST, EventType.REJECT, EventType.REQUEST);

    /** Speech acts whose content may be another act: "demanded the withdrawal", "threatened to shell", "agreed to provide". */
    private static final Set<EventType> SPEECH_ACTS = java.util.EnumSet.of(EventType.REQUEST, EventType.THREATEN,
            EventType.REJECT, EventType.AGREE, EventType.ACCUSE, EventType.SUPPORT);

    /**
     * A noun or infinitive that only names what another act is about is not an event of its own:
     * the content of a demand, threat or refusal in the same clause ("wezwała Moskwę do wycofania
     * wojsk", "threatened to shell"), what talks are about ("discussed military aid for Ukraine",
     * "omówili pomoc wojskową dla Ukrainy", "обсудили военную помощь Украине": the speakers give
     * no aid, and the country it is for takes no part in the talks), or a noun inside a
     * subordinate clause ("where protests continue"). Contacts and agreements are kept: "agreed to
     * meet" reports a planned meeting.
     */
    private static boolean isTopic(SentenceView s, EventReport r, List<EventReport> all) {
        if (r.type == EventType.CONSULT || r.type == EventType.AGREE
                || (r.form != TriggerForm.NOUN && r.form != TriggerForm.INF)) {
            return false;
        }
        if (r.form == TriggerForm.NOUN && r.salience < 0) {
            return true;
        }
        int clauseStart = s.clauseStart(r.firstToken, 12);
        for (EventReport governor : all) {
            if (governor == r || governor.form == null || governor.endToken > r.firstToken || governor.firstToken < clauseStart) {
                continue;
            }
            if (SPEECH_ACTS.contains(governor.type) && governor.form.isFinite()) {
                return true;
            }
            if (governor.type == EventType.CONSULT && governor.form != TriggerForm.NOUN && r.form == TriggerForm.NOUN) {
                return true;
            }
        }
        return false;
    }

    // --- triggers ---

    private List<Match> matches(SentenceView s) {
        List<Match> all = new ArrayList<>();
        List<TriggerEntry> triggers = lexicon.triggers();
        for (int i = 0; i < s.size(); i++) {
            // Names and dates are not triggers ("March", "Summit Street").
            if (s.mentionAt[i] != null || s.inTime[i]) {
                continue;
            }
            for (int p : lexicon.startingWith(s.words.get(i))) {
                if (p >= triggers.size()) {
                    break;
                }
                TriggerEntry entry = triggers.get(p);
                int end = entry.pattern().matchAt(s.words, i);
                if (end > i) {
                    all.add(new Match(entry, i, end));
                }
            }
        }
        // Longest first, so "rozmowa telefoniczna" wins over "rozmowa".
        all.sort(Comparator.comparingInt((Match m) -> m.end - m.from).reversed().thenComparingInt(m -> m.from));
        List<Match> kept = new ArrayList<>();
        boolean[] taken = new boolean[s.size()];
        for (Match m : all) {
            boolean free = true;
            for (int i = m.from; i < m.end; i++) {
                free &= !taken[i];
            }
            if (free) {
                kept.add(m);
                for (int i = m.from; i < m.end; i++) {
                    taken[i] = true;
                }
            }
        }
        kept.sort(Comparator.comparingInt(Match::from));
        return kept;
    }

    private static List<List<Match>> fuse(List<Match> matches, SentenceView s) {
        List<List<Match>> groups = new ArrayList<>();
        for (Match m : matches) {
            List<Match> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null) {
                Match previous = last.get(last.size() - 1);
                if (previous.entry.type() == m.entry.type() && wordsBetween(s, previous.end, m.from) <= FUSION_GAP && !strongBreakBetween(s, previous.end, m.from)) {
                    last.add(m);
                    continue;
                }
            }
            List<Match> group = new ArrayList<>();
            group.add(m);
            groups.add(group);
        }
        return groups;
    }

    /** Tokens between two triggers, not counting names and dates ("spotkali się 7 marca na szczycie"). */
    private static int wordsBetween(SentenceView s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (s.mentionAt[i] == null && !s.inTime[i]) {
                count++;
            }
        }
        return count;
    }

    private static boolean strongBreakBetween(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isStrongBreak(i)) {
                return true;
            }
        }
        return false;
    }

    // --- one report ---

    private EventReport report(SentenceView s, List<Match> group, Participants sentenceWide, List<RolePhrase> rolePhrases, Set<Integer> triggerTokens) {
        Match first = group.get(0);
        Match last = group.get(group.size() - 1);
        EventMode mode = EventMode.UNSPECIFIED;
        for (Match m : group) {
            mode = moreSpecific(mode, m.entry.mode());
        }
        EventReport report = new EventReport(first.entry.type(), mode, s.spanOf(first.from, last.end), s.span, s.index, first.from, last.end);
        readStatus(s, group, report);
        boolean consult = report.type == dev.kronika.extract.core.model.EventType.CONSULT;
        // Participants of the trigger's own clause when it names them ("Kreml oskarżył Brukselę, a ... wezwała Moskwę"),
        // else of the whole sentence.
        int clauseFrom = s.strongClauseStart(first.from);
        int clauseTo = s.strongClauseEnd(last.end);
        boolean personsOnly = consult || report.type == dev.kronika.extract.core.model.EventType.AGREE;
        boolean scenes = SCENE_ONLY.contains(report.type);
        Participants clause = participants(s, rolePhrases, clauseFrom, clauseTo, consult, personsOnly && !consult, scenes, first.from);
        Participants participants = clause.actors.size() >= (consult ? 2 : 1) ? clause : sentenceWide;
        if (!consult && sentenceWide.actors.isEmpty()) {
            participants = clause;
        }
        report.actors.addAll(participants.actors);
        report.sources.addAll(participants.sources);
        // Whether the trigger's own comma-bounded clause names anyone: a bare "covered by sanctions" does not.
        Participants commaClause = participants(s, rolePhrases, s.clauseStart(first.from, 60), s.clauseEnd(last.end, 60), consult, false, scenes, first.from);
        report.namedInClause = !commaClause.actors.isEmpty();
        report.unresolvedRoles = participants.unresolved;
        report.anaphoric = participants.anaphoric;
        if (consult) {
            attachPlace(s, report, group, rolePhrases, triggerTokens);
        }
        for (String key : (clause.fallback.isEmpty() ? sentenceWide.fallback : clause.fallback)) {
            if (!key.equals(report.location)) {
                report.fallbackActors.add(key);
            }
        }
        report.salience = salience(s, group);
        PloverCoding.recode(report);
        return report;
    }

    /** +1 for a finite verb of the main clause, 0 for a noun, -2 inside a subordinate clause or for a participle used as an adjective. */
    private static int salience(SentenceView s, List<Match> group) {
        Match first = group.get(0);
        int clauseStart = s.clauseStart(first.from, 12);
        if (s.any(Cue.SUBORDINATE, clauseStart - 1, first.from)) {
            return -2;
        }
        int best = 0;
        for (Match m : group) {
            TriggerForm form = m.entry.form();
            if (form == TriggerForm.PAST && s.is(Cue.DETERMINER, m.from - 1)) {
                // "the banned party", "zakázaná strana": an adjective, not a report.
                best = Math.min(best, -2);
            } else if (form == TriggerForm.PAST || form == TriggerForm.FUTURE || form == TriggerForm.PRESENT) {
                best = Math.max(best, 1);
            }
        }
        return best;
    }

    static EventMode moreSpecific(EventMode a, EventMode b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(EventMode mode) {
        return switch (mode) {
            case UNSPECIFIED -> 0;
            case MEET -> 1;
            case PHONE -> 2;
            case VISIT -> 3;
            case MULTILATERAL -> 4;
        };
    }

    private void readStatus(SentenceView s, List<Match> group, EventReport report) {
        EventStatus best = null;
        boolean bestCertain = false;
        TriggerForm bestForm = null;
        int bestRank = -1;
        for (Match m : group) {
            StatusReading reading = status(s, m);
            int rank = (reading.certain ? 2 : 0) + (m.entry.form().isFinite() ? 1 : 0);
            if (rank > bestRank) {
                report.intended = reading.intended;
                report.negated = reading.negated;
                best = reading.status;
                bestCertain = reading.certain;
                bestForm = m.entry.form();
                bestRank = rank;
            }
        }
        report.status = best;
        report.statusCertain = bestCertain;
        report.form = bestForm;
    }

    /**
     * @param intended the status comes from a stated intent or a future form ("will", "plans to", "may"), not from a condition
     * @param negated  the status comes from a negation of the trigger itself
     */
    private record StatusReading(EventStatus status, boolean certain, boolean intended, boolean negated) {

        StatusReading(EventStatus status, boolean certain) {
            this(status, certain, false, false);
        }
    }

    private StatusReading status(SentenceView s, Match m) {
        TriggerForm form = m.entry.form();
        int clause = s.clauseStart(m.from, GOVERNOR_REACH);
        int near = Math.max(clause, m.from - AUXILIARY_REACH);
        int after = s.clauseEnd(m.end, AUXILIARY_REACH);
        int wideFrom = s.clauseStart(m.from, 12);
        int wideTo = s.clauseEnd(m.end, 8);
        // The trigger's own words do not cancel it: "called off a strike" reports a concession that happened.
        if (s.any(Cue.CANCEL, wideFrom, m.from) || s.any(Cue.CANCEL, m.end, wideTo)) {
            return new StatusReading(EventStatus.CANCELLED, true);
        }
        if (s.any(Cue.DENY, wideFrom, m.from) || s.any(Cue.DENY, m.end, wideTo)) {
            return new StatusReading(EventStatus.DENIED, true);
        }
        // The trigger's own tokens count: Czech and Slovene write negation as a prefix ("nesetkají").
        if (s.any(Cue.NEGATION, near, m.end) || (form == TriggerForm.NOUN && s.any(Cue.NEGATION, m.end, after))) {
            return new StatusReading(EventStatus.DENIED, true, false, true);
        }
        if (s.any(Cue.CONDITIONAL, clause, m.from)) {
            return new StatusReading(EventStatus.HYPOTHETICAL, true);
        }
        if (s.any(Cue.MODAL, near, m.from)) {
            return new StatusReading(EventStatus.HYPOTHETICAL, true, true, false);
        }
        if (form == TriggerForm.PAST) {
            // "będzie rozmawiał", "bosta srečala", "ще посети": a future auxiliary with a past-looking form.
            boolean future = s.any(Cue.FUTURE, near, m.from);
            return new StatusReading(future ? EventStatus.PLANNED : EventStatus.OCCURRED, true, future, false);
        }
        if (form == TriggerForm.FUTURE) {
            return new StatusReading(EventStatus.PLANNED, true, true, false);
        }
        if (form == TriggerForm.NOUN && s.any(Cue.FRAME, Math.max(clause, m.from - 2), m.from)) {
            // "uzgodnili wszystko podczas rozmowy": the clause's verb does not govern the framing noun.
            return guess(s, m, clause, form);
        }
        if (s.any(Cue.FUTURE, clause, m.from) || s.any(Cue.INTENT, clause, m.from) || s.any(Cue.FUTURE, m.end, after)) {
            return new StatusReading(EventStatus.PLANNED, true, true, false);
        }
        if (s.any(Cue.PAST, clause, m.from) || s.any(Cue.PAST, m.end, after)) {
            return new StatusReading(EventStatus.OCCURRED, true);
        }
        if (s.any(Cue.ONGOING, near, m.from) || s.any(Cue.ONGOING, m.end, after)) {
            return new StatusReading(EventStatus.ONGOING, true);
        }
        return guess(s, m, clause, form);
    }

    /** A status guessed from the tense of the clause's verbs. */
    private static StatusReading guess(SentenceView s, Match m, int clause, TriggerForm form) {
        int clauseEnd = s.clauseEnd(m.end, GOVERNOR_REACH);
        if (s.any(Cue.FUTURE_VERB, clause, clauseEnd)) {
            return new StatusReading(EventStatus.PLANNED, false);
        }
        if (s.any(Cue.PAST_VERB, clause, clauseEnd)) {
            return new StatusReading(EventStatus.OCCURRED, false);
        }
        return new StatusReading(form == TriggerForm.PRESENT ? EventStatus.ONGOING : EventStatus.OCCURRED, false);
    }

    // --- participants ---

    private record Participants(List<String> actors, int persons, int unresolved, boolean anaphoric, List<String> fallback, List<String> sources) {
    }

    /**
     * Participants named in tokens [from, to): persons and the holders of roles, without sources
     * (spokespeople, and the subject of "said" when others take part). For events other than
     * contacts, organisations and places are actors too, unless a locative preposition makes
     * them the scene.
     */
    private Participants participants(SentenceView s, List<RolePhrase> allRolePhrases, int from, int to, boolean consult, boolean agree,
                                      boolean placesAreScenes, int triggerAt) {
        List<RolePhrase> rolePhrases = new ArrayList<>();
        for (RolePhrase phrase : allRolePhrases) {
            if (phrase.from() >= from && phrase.from() < to) {
                rolePhrases.add(phrase);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : s.mentions) {
            int at = s.tokenAt(m.span().begin());
            if (at >= from && at < to) {
                mentions.add(m);
            }
        }
        Set<Mention> speakers = new HashSet<>();
        Set<Mention> reportingSubjects = new HashSet<>();
        Set<Mention> consumed = new HashSet<>();
        for (RolePhrase phrase : allRolePhrases) {
            consumed.addAll(phrase.consumed());
            if (phrase.isSpokesperson() && phrase.holder() != null) {
                speakers.add(phrase.holder());
            }
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PER && nextToReporting(s, m)) {
                reportingSubjects.add(m);
            }
        }
        List<Mention> persons = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PER && !speakers.contains(m)) {
                persons.add(m);
            }
        }
        List<String> sources = new ArrayList<>();
        reportingSubjects.forEach(m -> sources.add(EventKeys.of(m)));
        // Actors in text order: persons and the holders of roles the text leaves unnamed.
        record Placed(int at, String key) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Mention m : persons) {
            placed.add(new Placed(m.span().begin(), EventKeys.of(m)));
        }
        int unresolved = 0;
        boolean anaphoric = s.any(Cue.PLURAL_ANAPHOR, from, to);
        for (RolePhrase phrase : rolePhrases) {
            if (phrase.isSpokesperson() || phrase.holder() != null) {
                continue;
            }
            if (phrase.countries().isEmpty()) {
                anaphoric = true;
                continue;
            }
            for (String country : phrase.countries()) {
                Optional<String> holder = roles.holder(phrase.role(), country, anchor);
                if (holder.isPresent()) {
                    placed.add(new Placed(s.tokens.get(phrase.from()).begin(), holder.get()));
                } else {
                    unresolved++;
                }
            }
        }
        int personCount = placed.size();
        if (!consult && !(agree && !placed.isEmpty())) {
            for (Mention m : mentions) {
                int at = s.tokenAt(m.span().begin());
                boolean scene = s.is(Cue.LOCATIVE, at - 1) && (placesAreScenes || !s.is(Cue.DIRECTIONAL, at - 1));
                if ((m.type() == EntityType.ORG || m.type() == EntityType.LOC) && !consumed.contains(m) && !scene
                        && !inAttribution(s, at, triggerAt)) {
                    placed.add(new Placed(m.span().begin(), EventKeys.of(m)));
                }
            }
        }
        placed.sort(Comparator.comparingInt(Placed::at));
        Set<String> actors = new LinkedHashSet<>();
        placed.forEach(p -> actors.add(p.key));
        List<String> fallback = new ArrayList<>();
        for (Mention m : mentions) {
            if ((m.type() == EntityType.ORG || m.type() == EntityType.LOC) && !consumed.contains(m) && !fallback.contains(EventKeys.of(m))) {
                fallback.add(EventKeys.of(m));
            }
        }
        return new Participants(List.copyOf(actors), personCount, unresolved, anaphoric, fallback, sources);
    }

    /**
     * True when token {@code at} lies in a comma-bounded attribution other than the trigger's own
     * clause (", the White House announced Tuesday", "– podała agencja PAP"): who reports an act
     * does not take part in it.
     */
    private static boolean inAttribution(SentenceView s, int at, int triggerAt) {
        if (triggerAt < 0) {
            return false;
        }
        int from = s.clauseStart(at, 60);
        int to = s.clauseEnd(at, 60);
        return (triggerAt < from || triggerAt >= to) && s.any(Cue.REPORTING, from, to);
    }

    /** A person right next to "said", "dodał", "заяви": the source of the sentence. */
    private static boolean nextToReporting(SentenceView s, Mention m) {
        int first = s.tokenAt(m.span().begin());
        int last = s.tokenAt(m.span().end() - 1);
        for (int k = first - 1, seen = 0; k >= 0 && seen < 1; k--) {
            if (s.isPunctuation(k)) {
                continue;
            }
            if (s.is(Cue.REPORTING, k)) {
                return true;
            }
            seen++;
        }
        for (int k = last + 1, seen = 0; k < s.size() && seen < 1; k++) {
            if (s.isPunctuation(k)) {
                continue;
            }
            if (s.is(Cue.REPORTING, k)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    // --- place ---

    private void attachPlace(SentenceView s, EventReport report, List<Match> group, List<RolePhrase> rolePhrases, Set<Integer> triggerTokens) {
        Set<Mention> consumed = new HashSet<>();
        rolePhrases.forEach(p -> consumed.addAll(p.consumed()));
        Set<Integer> roleTokens = new HashSet<>();
        rolePhrases.forEach(p -> {
            for (int i = p.from(); i < p.end(); i++) {
                roleTokens.add(i);
            }
        });
        Set<Integer> own = new HashSet<>();
        boolean visit = false;
        for (Match m : group) {
            for (int i = m.from; i < m.end; i++) {
                own.add(i);
            }
            visit |= m.entry.mode() == EventMode.VISIT;
        }
        for (Mention m : s.mentions) {
            if (m.type() != EntityType.LOC || consumed.contains(m)) {
                continue;
            }
            int first = s.tokenAt(m.span().begin());
            int last = s.tokenAt(m.span().end() - 1);
            int score;
            int prepAt = first - 1;
            if (s.is(Cue.LOCATIVE, prepAt)) {
                score = 2;
            } else if (s.is(Cue.DIRECTIONAL, prepAt)) {
                score = 1;
            } else if (visit && own.contains(prepAt)) {
                score = 1;
                prepAt = first;
            } else {
                continue;
            }
            // Attached when only filler stands between the place and the nearest trigger word on either side.
            int ownBefore = -1;
            int ownAfter = -1;
            for (int i : own) {
                if (i < first && i > ownBefore) {
                    ownBefore = i;
                }
                if (i > last && (ownAfter < 0 || i < ownAfter)) {
                    ownAfter = i;
                }
            }
            boolean attached = (ownBefore >= 0 && onlyFiller(s, ownBefore + 1, Math.max(ownBefore + 1, prepAt), own, triggerTokens, roleTokens))
                    || (ownAfter >= 0 && onlyFiller(s, last + 1, ownAfter, own, triggerTokens, roleTokens));
            if (!attached) {
                continue;
            }
            String key = EventKeys.of(m);
            boolean coarse = documentRoles.geography().isCountry(key);
            boolean better = report.location == null
                    || (report.locationCoarse && !coarse)
                    || (report.locationCoarse == coarse && score > report.locationScore);
            if (better) {
                report.location = key;
                report.locationScore = score;
                report.locationCoarse = coarse;
            }
        }
    }

    /** True when tokens [from, to) hold nothing that would make a place attach to another word. */
    private static boolean onlyFiller(SentenceView s, int from, int to, Set<Integer> own, Set<Integer> triggerTokens, Set<Integer> roleTokens) {
        if (to - from > 14) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (own.contains(i) || s.mentionAt[i] != null || s.inTime[i] || roleTokens.contains(i)) {
                continue;
            }
            if (triggerTokens.contains(i)) {
                return false;
            }
            if (s.isPunctuation(i)) {
                if (s.isStrongBreak(i)) {
                    return false;
                }
                continue;
            }
            if (s.is(Cue.FUNCTION, i) || s.isRole(i) || s.is(Cue.LOCATIVE, i) || s.is(Cue.DIRECTIONAL, i) || s.is(Cue.FUTURE, i)
                    || s.is(Cue.PAST, i) || s.is(Cue.INTENT, i) || s.is(Cue.PLURAL_ANAPHOR, i) || s.is(Cue.ONGOING, i)
                    || s.is(Cue.MODAL, i) || s.is(Cue.NEGATION, i) || s.tokens.get(i).kind() == dev.kronika.extract.core.model.Token.Kind.NUMBER) {
                continue;
            }
            return false;
        }
        return true;
    }

    // --- time ---

    /** Gives each dated expression of the sentence to the nearest report, then reads each report's window. */
    private void attachTimes(SentenceView s, List<EventReport> reports) {
        List<List<TimeExpression>> assigned = new ArrayList<>();
        reports.forEach(r -> assigned.add(new ArrayList<>()));
        for (TimeExpression time : s.times) {
            boolean usable = (time.window() != null && time.window().isKnown()
                    && (time.type() == TimeExpression.Type.DATE || time.type() == TimeExpression.Type.TIME))
                    || (time.type() == TimeExpression.Type.DURATION && DURATION.matcher(time.value()).matches());
            if (!usable) {
                continue;
            }
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int r = 0; r < reports.size(); r++) {
                EventReport report = reports.get(r);
                int timeToken = s.tokenAt(time.span().begin());
                int lo = Math.min(timeToken, report.firstToken);
                int hi = Math.max(timeToken, report.endToken);
                boolean separated = false;
                for (int k = lo; k < hi && !separated; k++) {
                    separated = s.isStrongBreak(k) && !s.inTime[k] && (k < report.firstToken || k >= report.endToken);
                }
                if (separated) {
                    continue;
                }
                int distance = time.span().begin() >= report.trigger.end()
                        ? time.span().begin() - report.trigger.end()
                        : report.trigger.begin() - time.span().end();
                distance = Math.abs(distance);
                if (distance < bestDistance) {
                    best = r;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                assigned.get(best).add(time);
            }
        }
        for (int r = 0; r < reports.size(); r++) {
            EventReport report = reports.get(r);
            for (TimeExpression time : assigned.get(r)) {
                if (time.type() == TimeExpression.Type.DURATION) {
                    Matcher m = DURATION.matcher(time.value());
                    if (m.matches()) {
                        int n = Integer.parseInt(m.group(1));
                        report.within = Optional.of(switch (m.group(2)) {
                            case "D" -> Period.ofDays(n);
                            case "W" -> Period.ofWeeks(n);
                            case "M" -> Period.ofMonths(n);
                            default -> Period.ofYears(n);
                        });
                    }
                    continue;
                }
                report.time = report.timeExplicit ? combine(report.time, time.window()) : time.window();
                report.timeExplicit = true;
            }
        }
    }

    /** The overlap of two windows when they overlap (one narrows the other), else their span. */
    static TimeWindow combine(TimeWindow a, TimeWindow b) {
        if (a.earliest().isEmpty() || a.latest().isEmpty()) {
            return b;
        }
        if (b.earliest().isEmpty() || b.latest().isEmpty()) {
            return a;
        }
        LocalDate earliest = max(a.earliest().get(), b.earliest().get());
        LocalDate latest = min(a.latest().get(), b.latest().get());
        if (!earliest.isAfter(latest)) {
            TimeWindow.Granularity g = narrower(a, b);
            return TimeWindow.between(earliest, latest, g);
        }
        return TimeWindow.between(min(a.earliest().get(), b.earliest().get()), max(a.latest().get(), b.latest().get()), TimeWindow.Granularity.DAY);
    }

    private static TimeWindow.Granularity narrower(TimeWindow a, TimeWindow b) {
        long da = a.latest().get().toEpochDay() - a.earliest().get().toEpochDay();
        long db = b.latest().get().toEpochDay() - b.earliest().get().toEpochDay();
        return da <= db ? a.granularity() : b.granularity();
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
