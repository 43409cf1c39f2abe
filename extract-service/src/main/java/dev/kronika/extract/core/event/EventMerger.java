package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EventMode;
import dev.kronika.extract.core.model.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the reports of one article that tell of the same event: a headline, a caption and the
 * body often report one meeting three times, in different words and with different details.
 * Reports whose status is certain are clustered first, in text order, each joining the nearest
 * earlier compatible cluster; reports with a guessed status then join the nearest compatible
 * cluster on either side, or stand alone.
 */
final class EventMerger {

    /** Reports of an in-person meeting on consecutive days ("talks on 23 May, a visit on 24 May") are one visit. */
    private static final int ADJACENT_DAYS = 1;

    private final Geography geography;

    EventMerger(Geography geography) {
        this.geography = geography;
    }

    List<List<EventReport>> merge(List<EventReport> reports) {
        List<List<EventReport>> clusters = new ArrayList<>();
        for (EventReport report : reports) {
            if (!report.statusCertain) {
                continue;
            }
            List<EventReport> target = null;
            for (int c = clusters.size() - 1; c >= 0 && target == null; c--) {
                if (compatible(clusters.get(c), report)) {
                    target = clusters.get(c);
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                clusters.add(target);
            }
            target.add(report);
        }
        for (EventReport report : reports) {
            if (report.statusCertain) {
                continue;
            }
            List<EventReport> target = null;
            int bestDistance = Integer.MAX_VALUE;
            for (List<EventReport> cluster : clusters) {
                if (!compatible(cluster, report)) {
                    continue;
                }
                int distance = distance(cluster, report);
                if (distance < bestDistance) {
                    target = cluster;
                    bestDistance = distance;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                clusters.add(target);
            }
            target.add(report);
        }
        return clusters;
    }

    private static int distance(List<EventReport> cluster, EventReport report) {
        int best = Integer.MAX_VALUE;
        for (EventReport member : cluster) {
            int d = Math.abs(member.sentenceIndex - report.sentenceIndex) * 2 + (member.sentenceIndex > report.sentenceIndex ? 1 : 0);
            best = Math.min(best, d);
        }
        return best;
    }

    boolean compatible(List<EventReport> cluster, EventReport report) {
        for (EventReport member : cluster) {
            if (!compatible(member, report)) {
                return false;
            }
        }
        return true;
    }

    private boolean compatible(EventReport a, EventReport b) {
        if (a.type != b.type) {
            return false;
        }
        if (a.type == EventType.CONSULT && !modesCompatible(a.mode, b.mode)) {
            return false;
        }
        if (a.statusCertain && b.statusCertain && a.status != b.status) {
            return false;
        }
        if (!actorsCompatible(a, b)) {
            return false;
        }
        if (a.location != null && b.location != null && !placesCompatible(a.location, b.location)) {
            return false;
        }
        if (a.timeExplicit && b.timeExplicit) {
            int gap = a.type == EventType.CONSULT && inPerson(a.mode) && inPerson(b.mode) ? ADJACENT_DAYS : 0;
            return near(a, b, gap);
        }
        return true;
    }

    /** The same place, or a country and a place that may lie in it ("visit Belarus" and "in Minsk"). */
    private boolean placesCompatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (geography.isCountry(a)) {
            return geography.countryOf(b).map(a::equals).orElse(!geography.isCountry(b));
        }
        if (geography.isCountry(b)) {
            return geography.countryOf(a).map(b::equals).orElse(true);
        }
        return false;
    }

    private static boolean actorsCompatible(EventReport a, EventReport b) {
        if (a.actors.isEmpty() || b.actors.isEmpty()) {
            return true;
        }
        return a.actors.containsAll(b.actors) || b.actors.containsAll(a.actors);
    }

    static boolean modesCompatible(EventMode a, EventMode b) {
        if (a == b || a == EventMode.UNSPECIFIED || b == EventMode.UNSPECIFIED) {
            return true;
        }
        return (a == EventMode.MEET && inPerson(b)) || (b == EventMode.MEET && inPerson(a));
    }

    private static boolean inPerson(EventMode mode) {
        return mode != EventMode.PHONE;
    }

    private static boolean near(EventReport a, EventReport b, int gapDays) {
        if (a.time.earliest().isEmpty() || a.time.latest().isEmpty() || b.time.earliest().isEmpty() || b.time.latest().isEmpty()) {
            return true;
        }
        LocalDate aFrom = a.time.earliest().get().minusDays(gapDays);
        LocalDate aTo = a.time.latest().get().plusDays(gapDays);
        return !b.time.latest().get().isBefore(aFrom) && !b.time.earliest().get().isAfter(aTo);
    }
}
