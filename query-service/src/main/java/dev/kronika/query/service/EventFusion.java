package dev.kronika.query.service;

import dev.kronika.query.domain.FusedEvent;
import dev.kronika.query.repository.EventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fuses one article's report of an event into the store: it joins the event it describes when
 * one exists ({@link FusionRule}: same type and participants, compatible mode, place and time, and
 * the same phase or a plan fulfilled within its window), else it becomes a new event. A plan and
 * an occurrence that may or may not fulfil it are linked.
 */
@ApplicationScoped
public class EventFusion {

    @Inject
    EventRepository events;

    /**
     * An extracted report with entity ids resolved.
     *
     * @param reported the publication date of the article, when known: a plan cannot be fulfilled before it was made
     */
    public record Report(String type, String mode, String status, Set<Long> actors, Long location,
                         LocalDate earliest, LocalDate latest, String granularity, float confidence, LocalDate reported) {
    }

    /** Returns the id of the fused event the report belongs to. Call inside the indexing transaction, after {@link EventRepository#lockForFusion()}. */
    public long fuse(Report report) {
        List<FusionRule.Candidate> candidates = candidates(report);
        FusedEvent event = FusionRule.sameEvent(candidates, report)
                .map(match -> merge(match.event(), report))
                .orElseGet(() -> create(report));
        for (FusionRule.Candidate candidate : candidates) {
            if (!candidate.event().id.equals(event.id) && FusionRule.relation(candidate, report) == FusionRule.Relation.LINKED) {
                events.link(candidate.event().id, event.id);
            }
        }
        return event.id;
    }

    private List<FusionRule.Candidate> candidates(Report report) {
        if (report.actors().isEmpty()) {
            return List.of();
        }
        long anyActor = report.actors().iterator().next();
        List<FusedEvent> sameType = events.withTypeAndActor(report.type(), anyActor);
        List<Long> ids = sameType.stream().map(e -> e.id).toList();
        Map<Long, Set<Long>> actors = events.actors(ids);
        Map<Long, LocalDate> announced = events.firstPublished(ids);
        return sameType.stream()
                .map(e -> new FusionRule.Candidate(e, actors.getOrDefault(e.id, Set.of()), announced.get(e.id)))
                .filter(c -> FusionRule.relation(c, report) != FusionRule.Relation.UNRELATED)
                .toList();
    }

    private FusedEvent merge(FusedEvent event, Report report) {
        LocalDate[] window = FusionRule.intersection(event.earliest, event.latest, report);
        boolean narrowed = !Objects.equals(window[0], event.earliest) || !Objects.equals(window[1], event.latest);
        if ((narrowed || event.granularity.equals("UNSPECIFIED"))
                && Objects.equals(window[0], report.earliest()) && Objects.equals(window[1], report.latest())) {
            // The report's own window is the event's now ("met on Tuesday" within "next week"): so is its precision.
            event.granularity = report.granularity();
        }
        event.earliest = window[0];
        event.latest = window[1];
        event.status = FusionRule.fusedStatus(event.status, report.status());
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
}
