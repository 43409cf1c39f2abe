package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A participant of a fused event. */
@Entity
@Table(name = "event_actor")
public class EventActor extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public static EventActor of(long eventId, long entityId) {
        EventActor actor = new EventActor();
        actor.key = new Key(eventId, entityId);
        return actor;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "event_id")
        public Long eventId;
        @Column(name = "entity_id")
        public Long entityId;

        public Key() {
        }

        public Key(Long eventId, Long entityId) {
            this.eventId = eventId;
            this.entityId = entityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(entityId, k.entityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, entityId);
        }
    }
}
