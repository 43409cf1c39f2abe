package dev.kronika.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of an article submitted as bytes, exactly as they arrived. */
@Entity
@Table(name = "article_original")
public class ArticleOriginal extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;
    public byte[] bytes;
    @Column(name = "content_type")
    public String contentType;
}
