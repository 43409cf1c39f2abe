package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One real-world event, fused from the reports of one or more articles. */
@Entity
@Table(name = "event")
public class FusedEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String type;
    public String mode;
    public String status;
    @Column(name = "location_entity_id")
    public Long locationEntityId;
    public LocalDate earliest;
    public LocalDate latest;
    public String granularity;
    public float confidence;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
