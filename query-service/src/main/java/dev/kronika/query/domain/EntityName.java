package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A name form of an entity in some language or script, with its folded search key. */
@Entity
@Table(name = "entity_name")
public class EntityName extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "entity_id")
    public Long entityId;
    public String name;
    @Column(name = "match_key")
    public String matchKey;
}
