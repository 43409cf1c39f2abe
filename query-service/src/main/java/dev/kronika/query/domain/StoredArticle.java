package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An indexed article: its text, metadata and the annotations as extracted. */
@Entity
@Table(name = "article")
public class StoredArticle extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "external_id")
    public String externalId;
    public String url;
    public String source;
    public String language;
    public LocalDate published;
    public String title;
    public String text;
    /** The extract-service AnnotatedDocument protobuf. */
    public byte[] annotations;
    @Column(name = "indexed_at")
    public Instant indexedAt;
}
