package dev.kronika.query.service;

import dev.kronika.query.domain.FusedEvent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how one article's report relates to a stored event: it reports the same event, it is a
 * plan whose fulfilment is uncertain (linked), or it is unrelated. Free of storage so that the
 * rule can be tested on hand-built events.
 *
 * <p>A plan and the report that it happened are one event when the plan's window contains the
 * occurrence's window and the occurrence ends after the plan was first reported: "will meet next
 * week" (03-18..03-24, reported 03-12) and "met on Tuesday" (03-19). When the windows only
 * overlap, the occurrence may still be another meeting, so the two stay apart and are linked.
 * A meeting that ended before the plan was reported cannot fulfil it: the summit at which the
 * leaders agreed to meet again stays apart from the planned meeting.
 */
final class FusionRule {

    enum Relation { SAME_EVENT, LINKED, UNRELATED }

    /**
     * A stored event as fusion sees it.
     *
     * @param actors    the event's participants
     * @param announced the earliest publication date among the event's reports, when known
     */
    record Candidate(FusedEvent event, Set<Long> actors, LocalDate announced) {
    }

    private FusionRule() {
    }

    /** The stored event the report describes, the one whose window it narrows least when several do. */
    static Optional<Candidate> sameEvent(List<Candidate> candidates, EventFusion.Report report) {
        return candidates.stream()
                .filter(c -> relation(c, report) == Relation.SAME_EVENT)
                .min(Comparator.comparingLong(c -> windowDays(intersection(c.event().earliest, c.event().latest, report))));
    }

    static Relation relation(Candidate candidate, EventFusion.Report report) {
        FusedEvent event = candidate.event();
        if (!event.type.equals(report.type())
                || !sameParticipants(candidate.actors(), report.actors())
                || !modesCompatible(event.mode, report.mode())
                || !(event.locationEntityId == null || report.location() == null || event.locationEntityId.equals(report.location()))
                || !windowsOverlap(event.earliest, event.latest, report.earliest(), report.latest())) {
            return Relation.UNRELATED;
        }
        String eventPhase = phase(event.status);
        String reportPhase = phase(report.status());
        if (eventPhase.equals(reportPhase)) {
            return Relation.SAME_EVENT;
        }
        if (eventPhase.equals("PLANNED") && reportPhase.equals("HAPPENED")) {
            return fulfilment(event.earliest, event.latest, candidate.announced(), report.earliest(), report.latest());
        }
        if (eventPhase.equals("HAPPENED") && reportPhase.equals("PLANNED")) {
            return fulfilment(report.earliest(), report.latest(), report.reported(), event.earliest, event.latest);
        }
        return Relation.UNRELATED;
    }

    private static Relation fulfilment(LocalDate planFrom, LocalDate planTo, LocalDate announced, LocalDate from, LocalDate to) {
        if (announced != null && to != null && !to.isAfter(announced)) {
            return Relation.UNRELATED;
        }
        return contains(planFrom, planTo, from, to) ? Relation.SAME_EVENT : Relation.LINKED;
    }

    /**
     * The status of the fused event: the furthest any report got. A plan later reported as held is
     * OCCURRED whichever article is indexed first, and an article that still repeats the plan
     * after the meeting does not turn it back into a plan.
     */
    static String fusedStatus(String eventStatus, String reportStatus) {
        return progress(reportStatus) > progress(eventStatus) ? reportStatus : eventStatus;
    }

    private static int progress(String status) {
        return switch (status) {
            case "PLANNED" -> 1;
            case "ONGOING" -> 2;
            case "OCCURRED" -> 3;
            default -> 0;
        };
    }

    /**
     * The same participants: equal sets, or one containing the other when they share at least two
     * (one report may name a spokesman or a host beside the two leaders the other names).
     */
    static boolean sameParticipants(Set<Long> a, Set<Long> b) {
        if (a.equals(b)) {
            return true;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= 2 && (a.containsAll(b) || b.containsAll(a));
    }

    /** Reports of one phase fuse; PLANNED and HAPPENED meet only through {@link #fulfilment}. */
    static String phase(String status) {
        return switch (status) {
            case "OCCURRED", "ONGOING" -> "HAPPENED";
            default -> status;
        };
    }

    static boolean modesCompatible(String a, String b) {
        if (Objects.equals(a, b) || a.equals("UNSPECIFIED") || b.equals("UNSPECIFIED")) {
            return true;
        }
        return Set.of(a, b).equals(Set.of("MEET", "VISIT"));
    }

    /** Unknown windows never overlap: two undated calls are not assumed to be one. */
    static boolean windowsOverlap(LocalDate e1, LocalDate l1, LocalDate e2, LocalDate l2) {
        if ((e1 == null && l1 == null) || (e2 == null && l2 == null)) {
            return false;
        }
        return !start(e1).isAfter(end(l2)) && !start(e2).isAfter(end(l1));
    }

    /** Whether the outer window holds all of the inner one; an inner window open at either end is not held. */
    static boolean contains(LocalDate outerFrom, LocalDate outerTo, LocalDate innerFrom, LocalDate innerTo) {
        if (innerFrom == null || innerTo == null) {
            return false;
        }
        return !start(outerFrom).isAfter(innerFrom) && !innerTo.isAfter(end(outerTo));
    }

    /** The overlap of the event's window and the report's, or the event's when they do not overlap. */
    static LocalDate[] intersection(LocalDate earliest, LocalDate latest, EventFusion.Report report) {
        LocalDate start = max(earliest, report.earliest());
        LocalDate end = min(latest, report.latest());
        if (start != null && end != null && start.isAfter(end)) {
            return new LocalDate[] {earliest, latest};
        }
        return new LocalDate[] {start, end};
    }

    private static long windowDays(LocalDate[] window) {
        if (window[0] == null || window[1] == null) {
            return Long.MAX_VALUE / 2;
        }
        return window[1].toEpochDay() - window[0].toEpochDay();
    }

    private static LocalDate start(LocalDate date) {
        return date != null ? date : LocalDate.MIN;
    }

    private static LocalDate end(LocalDate date) {
        return date != null ? date : LocalDate.MAX;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
