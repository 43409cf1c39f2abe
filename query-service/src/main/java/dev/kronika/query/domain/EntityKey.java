package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An extractor key (knowledge-base id or transliterated key) that resolves to an entity. */
@Entity
@Table(name = "entity_key")
public class EntityKey extends PanacheEntityBase {

    @Id
    public String key;
    @Column(name = "entity_id")
    public Long entityId;
}
