package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.EventStatus;
import dev.kronika.extract.core.model.EventType;

import java.util.EnumSet;
import java.util.Set;

/**
 * PLOVER codes what a statement does, not what it talks about: an actor announcing that it will
 * impose sanctions or shell a town threatens (THREATEN); one saying it will send aid, withdraw or
 * lift a ban offers (AGREE); and one that does not accept, support or concede rejects (REJECT).
 * Contacts keep their type: a planned visit stays a planned CONSULT, which is what Kronika records.
 */
final class PloverCoding {

    /** Acts that harm or constrain the other side: announced, they are threats. */
    private static final Set<EventType> HOSTILE = EnumSet.of(EventType.SANCTION, EventType.COERCE, EventType.ASSAULT,
            EventType.REJECT, EventType.PROTEST);
    /** Acts that give the other side something: announced, they are offers or promises. */
    private static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.AID, EventType.RETREAT, EventType.CONCEDE,
            EventType.SUPPORT, EventType.COOPERATE);
    /** Acts whose negation is a refusal. */
    private static final Set<EventType> ACCEPTING = EnumSet.of(EventType.AGREE, EventType.CONCEDE, EventType.SUPPORT);

    private PloverCoding() {
    }

    static void recode(EventReport report) {
        boolean announced = report.intended
                && (report.status == EventStatus.PLANNED || report.status == EventStatus.HYPOTHETICAL);
        if (announced && HOSTILE.contains(report.type)) {
            report.type = EventType.THREATEN;
            report.status = EventStatus.OCCURRED;
        } else if (announced && COOPERATIVE.contains(report.type)) {
            report.type = EventType.AGREE;
            report.status = EventStatus.OCCURRED;
        } else if (report.negated && report.status == EventStatus.DENIED && ACCEPTING.contains(report.type)) {
            report.type = EventType.REJECT;
            report.status = EventStatus.OCCURRED;
        }
    }
}
