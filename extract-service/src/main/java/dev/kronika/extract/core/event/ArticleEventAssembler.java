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
    private final Set<String> persons;

    /** @param persons entity keys of the article's people: only people are carried over to later reports */
    private final Geography geography;
    private final RoleResolver roles;

    ArticleEventAssembler(Optional<LocalDate> anchor, Geography geography, RoleResolver roles, Set<String> persons) {
        this.anchor = anchor;
        this.merger = new EventMerger(geography);
        this.geography = geography;
        this.roles = roles;
        this.persons = persons;
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

    /**
     * Completes participants from the nearest earlier report: contacts and agreements need two
     * sides, and "both leaders" or an unbound "the Russian president" refer back. A nominal
     * mention of another kind of event ("goods covered by sanctions") that names no one in its
     * clause is a topic, not a report, and is dropped.
     */
    private void fillAntecedents(List<EventReport> reports) {
        reports.removeIf(r -> r.type != EventType.CONSULT && r.type != EventType.AGREE && r.form == TriggerForm.NOUN
                && !r.statusCertain && !r.namedInClause);
        reports.forEach(ArticleEventAssembler::dropSources);
        for (int i = 0; i < reports.size(); i++) {
            EventReport report = reports.get(i);
            boolean contact = report.type == EventType.CONSULT || report.type == EventType.AGREE;
            boolean needs = report.unresolvedRoles > 0 || report.anaphoric
                    || (contact && (report.actors.isEmpty() || (report.type == EventType.CONSULT && report.actors.size() < 2)));
            if (!contact && report.form == TriggerForm.NOUN && !report.statusCertain) {
                // A passing mention ("goods under sanctions", "cooperation within the union") names its own actors or none.
                needs = false;
            }
            if (!needs) {
                if (report.actors.isEmpty()) {
                    report.actors.addAll(report.fallbackActors);
                }
                continue;
            }
            EventReport antecedent = null;
            for (int j = i - 1; j >= 0; j--) {
                EventReport candidate = reports.get(j);
                if (report.sentenceIndex - candidate.sentenceIndex > ANTECEDENT_SENTENCES) {
                    break;
                }
                long people = candidate.actors.stream().filter(a -> persons.contains(a) && !candidate.sources.contains(a)).count();
                if (people >= 2 || (antecedent == null && people >= 1)) {
                    antecedent = candidate;
                    if (people >= 2) {
                        break;
                    }
                }
            }
            if (antecedent != null) {
                for (String actor : antecedent.actors) {
                    if (!antecedent.sources.contains(actor) && persons.contains(actor)) {
                        report.actors.add(actor);
                    }
                }
            }
            if (report.actors.isEmpty()) {
                report.actors.addAll(report.fallbackActors);
            }
        }
        reports.forEach(ArticleEventAssembler::dropSources);
    }

    /** Removes the persons a sentence quotes when enough others take part. */
    private static void dropSources(EventReport report) {
        int needed = report.type == EventType.CONSULT ? 2 : 1;
        long others = report.actors.stream().filter(a -> !report.sources.contains(a)).count();
        if (others >= needed) {
            report.actors.removeAll(report.sources);
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
        if (head.type == EventType.AGREE && actors.stream().anyMatch(persons::contains)) {
            // People agreeing "on the alliance of Russia and Belarus": the countries are the topic.
            actors.removeIf(a -> !persons.contains(a));
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
        } else {
            time = closeOpenEnd(time, status, within);
        }
        if (head.type == EventType.CONSULT && location != null && (mode == EventMode.MEET || mode == EventMode.UNSPECIFIED)
                && hostedBy(location, actors, time)) {
            // Talks in one participant's country, led by that participant: the others travelled there.
            mode = EventMode.VISIT;
        }
        if (head.type == EventType.CONSULT && mode == EventMode.MEET && location == null
                && (status == EventStatus.PLANNED || status == EventStatus.HYPOTHETICAL)) {
            // Whether a planned meeting will be a visit is open until a place is named.
            mode = EventMode.UNSPECIFIED;
        }
        double confidence = (head.statusCertain ? 0.7 : 0.45) + (actors.size() >= 2 ? 0.1 : 0.0)
                + Math.min(0.15, 0.05 * (cluster.size() - 1)) + 0.05 * head.salience;
        return Optional.of(new Event(head.type, mode, status, List.copyOf(actors), Optional.ofNullable(location), time,
                head.trigger, head.sentence, Math.max(0.05, Math.min(0.95, confidence))));
    }

    private boolean hostedBy(String location, Set<String> actors, TimeWindow time) {
        Optional<String> country = geography.isCountry(location) ? Optional.of(location) : geography.countryOf(location);
        if (country.isEmpty() || actors.size() < 2) {
            return false;
        }
        Optional<LocalDate> day = time.earliest().or(() -> anchor);
        int hosts = 0;
        for (String actor : actors) {
            boolean leads = roles.holder(RoleResolver.HEAD_OF_STATE, country.get(), day).map(actor::equals).orElse(false)
                    || roles.holder(RoleResolver.HEAD_OF_GOVERNMENT, country.get(), day).map(actor::equals).orElse(false);
            hosts += leads ? 1 : 0;
        }
        return hosts >= 1 && hosts < actors.size();
    }

    /** "In the coming weeks" leaves the end open; a plan is still expected within the horizon, a past event shortly before its end. */
    private TimeWindow closeOpenEnd(TimeWindow time, EventStatus status, Optional<Period> within) {
        if (time.earliest().isPresent() && time.latest().isEmpty() && status == EventStatus.PLANNED) {
            return TimeWindow.between(time.earliest().get(), time.earliest().get().plus(within.orElse(PLANNING_HORIZON)), time.granularity());
        }
        if (time.latest().isPresent() && time.earliest().isEmpty() && status == EventStatus.OCCURRED
                && anchor.map(a -> !time.latest().get().isBefore(a)).orElse(false)) {
            return TimeWindow.between(time.latest().get().minusDays(RECENT_DAYS), time.latest().get(), time.granularity());
        }
        return time;
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
