package dev.kronika.query.service;

import dev.kronika.query.domain.FusedEvent;
import dev.kronika.query.repository.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fuses one article's report of an event into the store: it joins the event it describes when
 * one exists (same type, same participants, compatible mode, place and time, same phase), else it
 * becomes a new event. A report that something occurred is linked to the plan it fulfils.
 */
@ApplicationScoped
public class EventFusion {

    @Inject
    EventRepository events;

    /** An extracted report with entity ids resolved. */
    public record Report(String type, String mode, String status, Set<Long> actors, Long location,
                         LocalDate earliest, LocalDate latest, String granularity, float confidence) {
    }

    /** Returns the id of the fused event the report belongs to. Call inside the indexing transaction, after {@link EventRepository#lockForFusion()}. */
    public long fuse(Report report) {
        Optional<FusedEvent> match = candidates(report).stream()
                .filter(e -> samePhase(e.status, report.status()))
                .max(Comparator.comparingLong(e -> -windowDays(intersection(e.earliest, e.latest, report))));
        FusedEvent event = match.map(existing -> merge(existing, report)).orElseGet(() -> create(report));
        if (report.status().equals("OCCURRED")) {
            candidates(report).stream()
                    .filter(e -> e.status.equals("PLANNED") && !e.id.equals(event.id))
                    .forEach(plan -> events.link(plan.id, event.id));
        }
        return event.id;
    }

    private List<FusedEvent> candidates(Report report) {
        if (report.actors().isEmpty()) {
            return List.of();
        }
        long anyActor = report.actors().iterator().next();
        List<FusedEvent> sameType = events.withTypeAndActor(report.type(), anyActor);
        Map<Long, Set<Long>> actors = events.actors(sameType.stream().map(e -> e.id).toList());
        return sameType.stream()
                .filter(e -> sameParticipants(actors.getOrDefault(e.id, Set.of()), report.actors()))
                .filter(e -> modesCompatible(e.mode, report.mode()))
                .filter(e -> e.locationEntityId == null || report.location() == null || e.locationEntityId.equals(report.location()))
                .filter(e -> windowsOverlap(e.earliest, e.latest, report.earliest(), report.latest()))
                .toList();
    }

    private FusedEvent merge(FusedEvent event, Report report) {
        LocalDate[] window = intersection(event.earliest, event.latest, report);
        event.earliest = window[0];
        event.latest = window[1];
        if (event.mode.equals("UNSPECIFIED") || (event.mode.equals("MEET") && report.mode().equals("VISIT"))) {
            event.mode = report.mode();
        }
        if (event.locationEntityId == null) {
            event.locationEntityId = report.location();
        }
        event.confidence = Math.max(event.confidence, report.confidence());
        event.updatedAt = Instant.now();
        return event;
    }

    private FusedEvent create(Report report) {
        FusedEvent event = new FusedEvent();
        event.type = report.type();
        event.mode = report.mode();
        event.status = report.status();
        event.locationEntityId = report.location();
        event.earliest = report.earliest();
        event.latest = report.latest();
        event.granularity = report.granularity();
        event.confidence = report.confidence();
        event.updatedAt = Instant.now();
        events.persist(event);
        for (Long actor : report.actors()) {
            events.addActor(event.id, actor);
        }
        return event;
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

    /** Reports of one phase fuse; a plan and its occurrence are distinct events, linked. */
    static boolean samePhase(String a, String b) {
        return phase(a).equals(phase(b));
    }

    private static String phase(String status) {
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
        LocalDate start1 = e1 != null ? e1 : LocalDate.MIN;
        LocalDate end1 = l1 != null ? l1 : LocalDate.MAX;
        LocalDate start2 = e2 != null ? e2 : LocalDate.MIN;
        LocalDate end2 = l2 != null ? l2 : LocalDate.MAX;
        return !start1.isAfter(end2) && !start2.isAfter(end1);
    }

    private static LocalDate[] intersection(LocalDate earliest, LocalDate latest, Report report) {
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

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
