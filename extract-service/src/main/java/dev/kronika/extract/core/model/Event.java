package dev.kronika.extract.core.model;

import java.util.List;
import java.util.Optional;

/**
 * An event reported by the document.
 *
 * @param actorKeys   entity keys of the participants
 * @param locationKey entity key of the place, if given
 * @param trigger     the words that report the event
 * @param sentence    the sentence it is reported in
 */
public record Event(EventType type, EventMode mode, EventStatus status, List<String> actorKeys,
                    Optional<String> locationKey, TimeWindow time, Span trigger, Span sentence, double confidence) {

    public Event {
        actorKeys = List.copyOf(actorKeys);
    }
}
