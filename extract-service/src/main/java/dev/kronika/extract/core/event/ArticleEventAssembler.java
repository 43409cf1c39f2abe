package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.Event;
import dev.kronika.extract.core.model.EventMode;
import dev.kronika.extract.core.model.EventStatus;
import dev.kronika.extract.core.model.EventType;
import dev.kronika.extract.core.model.TimeWindow;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article's event reports into its events: fills participants that a report refers
 * back to, merges repeated reports, and gives every event a time window, from its own time
 * expressions or, failing those, from its status and the article's anchor date.
 */
final class ArticleEventAssembler {

    /** How many sentences back "both leaders" or "the Russian president" may find their antecedent. */
    private static final int ANTECEDENT_SENTENCES = 3;
    /** An event reported as having happened, without a date, happened in the last few days. */
    private static final int RECENT_DAYS = 3;
    /** A planned event without a date is expected within the next few months. */
    private static final Period PLANNING_HORIZON = Period.ofMonths(3);

    private final Optional<LocalDate> anchor;
    private final EventMerger merger;

    ArticleEventAssembler(Optional<LocalDate> anchor, DocumentRoleResolver documentRoles) {
        this.anchor = anchor;
        this.merger = new EventMerger(documentRoles);
    }

    List<Event> assemble(List<EventReport> reports) {
        fillAntecedents(reports);
        List<Event> events = new ArrayList<>();
        for (List<EventReport> cluster : merger.merge(reports)) {
            cluster.sort(Comparator.comparingInt((EventReport r) -> r.sentenceIndex).thenComparingInt(r -> r.firstToken));
            toEvent(cluster).ifPresent(events::add);
        }
        events.sort(Comparator.comparing(Event::trigger));
        return List.copyOf(events);
    }

    private static void fillAntecedents(List<EventReport> reports) {
        for (int i = 0; i < reports.size(); i++) {
            EventReport report = reports.get(i);
            boolean needs = report.unresolvedRoles > 0 || report.anaphoric || report.actors.isEmpty()
                    || (report.type == EventType.CONSULT && report.actors.size() < 2);
            if (!needs) {
                continue;
            }
            EventReport antecedent = null;
            for (int j = i - 1; j >= 0; j--) {
                EventReport candidate = reports.get(j);
                if (report.sentenceIndex - candidate.sentenceIndex > ANTECEDENT_SENTENCES) {
                    break;
                }
                if (candidate.actors.size() >= 2 || (antecedent == null && !candidate.actors.isEmpty())) {
                    antecedent = candidate;
                    if (candidate.actors.size() >= 2) {
                        break;
                    }
                }
            }
            if (antecedent != null) {
                report.actors.addAll(antecedent.actors);
            }
            if (report.actors.isEmpty()) {
                report.actors.addAll(report.fallbackActors);
            }
        }
    }

    private Optional<Event> toEvent(List<EventReport> cluster) {
        EventReport head = cluster.stream().filter(r -> r.statusCertain).findFirst().orElse(cluster.get(0));
        EventMode mode = EventMode.UNSPECIFIED;
        Set<String> actors = new LinkedHashSet<>();
        String location = null;
        int locationScore = -1;
        boolean locationCoarse = true;
        TimeWindow time = null;
        Optional<Period> within = Optional.empty();
        for (EventReport r : cluster) {
            mode = SentenceEventReader.moreSpecific(mode, r.mode);
            actors.addAll(r.actors);
            if (r.location != null && (location == null || (locationCoarse && !r.locationCoarse)
                    || (locationCoarse == r.locationCoarse && r.locationScore > locationScore))) {
                location = r.location;
                locationScore = r.locationScore;
                locationCoarse = r.locationCoarse;
            }
            if (r.timeExplicit) {
                time = time == null ? r.time : SentenceEventReader.combine(time, r.time);
            }
            if (within.isEmpty()) {
                within = r.within;
            }
        }
        if (actors.isEmpty()) {
            return Optional.empty();
        }
        EventStatus status = head.status;
        if (!head.statusCertain && time != null && anchor.isPresent()) {
            if (time.earliest().isPresent() && time.earliest().get().isAfter(anchor.get())) {
                status = EventStatus.PLANNED;
            } else if (time.latest().isPresent() && time.latest().get().isBefore(anchor.get())) {
                status = EventStatus.OCCURRED;
            }
        }
        if (time == null) {
            time = defaultWindow(status, within);
        }
        if (head.type == EventType.CONSULT && mode == EventMode.MEET && location == null
                && (status == EventStatus.PLANNED || status == EventStatus.HYPOTHETICAL)) {
            // Whether a planned meeting will be a visit is open until a place is named.
            mode = EventMode.UNSPECIFIED;
        }
        double confidence = (head.statusCertain ? 0.7 : 0.45) + (actors.size() >= 2 ? 0.1 : 0.0)
                + Math.min(0.15, 0.05 * (cluster.size() - 1));
        return Optional.of(new Event(head.type, mode, status, List.copyOf(actors), Optional.ofNullable(location), time,
                head.trigger, head.sentence, Math.min(0.95, confidence)));
    }

    private TimeWindow defaultWindow(EventStatus status, Optional<Period> within) {
        if (anchor.isEmpty()) {
            return TimeWindow.unknown();
        }
        LocalDate day = anchor.get();
        return switch (status) {
            case OCCURRED -> TimeWindow.between(day.minusDays(RECENT_DAYS), day, TimeWindow.Granularity.UNSPECIFIED);
            case ONGOING -> TimeWindow.between(day, day, TimeWindow.Granularity.UNSPECIFIED);
            case PLANNED -> TimeWindow.between(day, day.plus(within.orElse(PLANNING_HORIZON)), TimeWindow.Granularity.UNSPECIFIED);
            default -> within.map(p -> TimeWindow.between(day, day.plus(p), TimeWindow.Granularity.UNSPECIFIED)).orElse(TimeWindow.unknown());
        };
    }
}
