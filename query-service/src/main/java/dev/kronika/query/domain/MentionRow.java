package dev.kronika.query.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A mention of an entity in an article, at code point offsets. */
@Entity
@Table(name = "mention")
public class MentionRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "article_id")
    public UUID articleId;
    @Column(name = "entity_id")
    public Long entityId;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
    public String text;
    public String lemma;
    public String type;
}
