package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Two fused events that belong together, such as a planned meeting and the report that it took place. */
@Entity
@Table(name = "event_link")
public class EventLink extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public static EventLink of(long eventId, long relatedEventId) {
        EventLink link = new EventLink();
        link.key = new Key(eventId, relatedEventId);
        return link;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "event_id")
        public Long eventId;
        @Column(name = "related_event_id")
        public Long relatedEventId;

        public Key() {
        }

        public Key(Long eventId, Long relatedEventId) {
            this.eventId = eventId;
            this.relatedEventId = relatedEventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(relatedEventId, k.relatedEventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, relatedEventId);
        }
    }
}
