package dev.kronika.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An accepted article as submitted, with its processing state. */
@Entity
@Table(name = "article")
public class ArticleRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Enumerated(EnumType.STRING)
    public ArticleState state;
    public String content;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "content_sha256")
    public String contentSha256;
    public String published;
    public String url;
    public String source;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "language_hint")
    public String languageHint;
    public String language;
    public String title;
    /** The headline the client gave (e.g. a feed item's title), used when extraction finds none. */
    @Column(name = "submitted_title")
    public String submittedTitle;
    /** For articles submitted as bytes: the charset used to decode them, and the evidence for it. */
    public String charset;
    @Column(name = "charset_evidence")
    public String charsetEvidence;
    @Column(name = "near_duplicate_of")
    public UUID nearDuplicateOf;
    @Column(name = "near_duplicate_similarity")
    public Float nearDuplicateSimilarity;
    /** MinHash signature of the visible text (see NearDuplicates). */
    public byte[] minhash;
    /** W3C traceparent of the submitting request (see ArticleTracing). */
    @Column(name = "trace_parent")
    public String traceParent;
    public int attempts;
    public String error;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isHtml() {
        return "html".equals(contentType);
    }
}
