package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** One article's report of an event as extracted, with the sentence it comes from. */
@Entity
@Table(name = "event_source")
public class EventReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "event_id")
    public Long eventId;
    @Column(name = "article_id")
    public UUID articleId;
    /** The event's position in the article's extracted event list. */
    public int ordinal;
    public String mode;
    public String status;
    @Column(name = "location_entity_id")
    public Long locationEntityId;
    public LocalDate earliest;
    public LocalDate latest;
    public String granularity;
    @Column(name = "trigger_start")
    public int triggerStart;
    @Column(name = "trigger_end")
    public int triggerEnd;
    @Column(name = "sentence_start")
    public int sentenceStart;
    @Column(name = "sentence_end")
    public int sentenceEnd;
    @Column(name = "sentence_text")
    public String sentenceText;
    public float confidence;
}
