package dev.kronika.ingest.service;

import dev.kronika.ingest.client.DownstreamClients;
import dev.kronika.ingest.config.IngestConfig;
import dev.kronika.ingest.domain.ArticleRecord;
import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.mapping.ArticleMapper;
import dev.kronika.ingest.repository.ArticleRecordRepository;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Takes one claimed article through extraction and indexing. The database transactions are short
 * and never span a remote call; the remote calls are idempotent, so a crash anywhere only means
 * the article is claimed again after its lease and processed once more, with the same result.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);
    /** Codes that mean "the other side is not there right now": wait for it, however long. */
    private static final Set<Status.Code> UNAVAILABLE = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED, Status.Code.CANCELLED, Status.Code.UNKNOWN);

    @Inject
    ArticleRecordRepository articles;
    @Inject
    DownstreamClients downstream;
    @Inject
    IngestConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    ArticleTracing tracing;

    /** Claims and processes the next due article; false when there was none. */
    public boolean processNext() {
        Optional<UUID> claimed = claim();
        if (claimed.isEmpty()) {
            return false;
        }
        process(claimed.get());
        return true;
    }

    @Transactional
    Optional<UUID> claim() {
        return articles.claimNext(config.lease());
    }

    @Transactional
    ArticleRecord load(UUID id) {
        return articles.findById(id);
    }

    void process(UUID id) {
        ArticleRecord article = load(id);
        Span span = tracing.startProcessing(id, article.traceParent, article.attempts);
        try (Scope scope = span.makeCurrent()) {
            attempt(id, article, span);
        } finally {
            span.end();
        }
    }

    private void attempt(UUID id, ArticleRecord article, Span span) {
        try {
            long start = System.nanoTime();
            AnnotatedDocument document = downstream.extract(ArticleMapper.toExtractRequest(article));
            registry.timer("kronika.ingest.extract.latency").record(Duration.ofNanos(System.nanoTime() - start));
            downstream.index(ArticleMapper.toMetadata(article), document);
            markIndexed(id, document);
            registry.counter("kronika.ingest.articles.indexed").increment();
        } catch (StatusRuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getStatus().getCode().name());
            boolean unavailable = UNAVAILABLE.contains(e.getStatus().getCode());
            boolean permanent = e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT;
            if (permanent || (!unavailable && article.attempts >= config.maxAttempts())) {
                markFailed(id, describe(e));
                registry.counter("kronika.ingest.articles.failed").increment();
                LOG.warnf("article %s failed: %s", id, describe(e));
            } else {
                requeue(id, describe(e), article.attempts);
                LOG.debugf("article %s will be retried: %s", id, describe(e));
            }
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            requeue(id, e.toString(), article.attempts);
            LOG.warnf(e, "article %s will be retried", id);
        }
    }

    @Transactional
    void markIndexed(UUID id, AnnotatedDocument document) {
        ArticleRecord article = articles.findById(id);
        article.state = ArticleState.INDEXED;
        article.error = null;
        article.leaseUntil = null;
        article.language = document.getLanguage();
        String extracted = ArticleMapper.title(document);
        article.title = extracted != null ? extracted : article.submittedTitle;
        if (article.published == null && !document.getPublished().isEmpty()) {
            article.published = document.getPublished();
        }
        article.updatedAt = Instant.now();
    }

    @Transactional
    void markFailed(UUID id, String error) {
        ArticleRecord article = articles.findById(id);
        article.state = ArticleState.FAILED;
        article.error = error;
        article.leaseUntil = null;
        article.updatedAt = Instant.now();
    }

    @Transactional
    void requeue(UUID id, String error, int attempts) {
        ArticleRecord article = articles.findById(id);
        article.state = ArticleState.QUEUED;
        article.error = error;
        article.leaseUntil = null;
        article.nextAttemptAt = Instant.now().plus(backoff(attempts));
        article.updatedAt = Instant.now();
    }

    /** Exponential from half a second, at most 30 seconds. */
    static Duration backoff(int attempts) {
        long millis = 500L << Math.min(Math.max(attempts - 1, 0), 6);
        return Duration.ofMillis(Math.min(millis, 30_000));
    }

    private static String describe(StatusRuntimeException e) {
        String description = e.getStatus().getDescription();
        return e.getStatus().getCode() + (description == null ? "" : ": " + description);
    }
}
