package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** The knowledge base's canonical name of an entity in one language. */
@Entity
@Table(name = "entity_label")
public class EntityLabel extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    public String name;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "entity_id")
        public Long entityId;
        public String language;

        public Key() {
        }

        public Key(Long entityId, String language) {
            this.entityId = entityId;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(entityId, k.entityId) && Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(entityId, language);
        }
    }
}
