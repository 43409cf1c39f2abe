package dev.kronika.ingest.service;

import dev.kronika.ingest.config.IngestConfig;
import dev.kronika.ingest.dedup.MinHashSignature;
import dev.kronika.ingest.domain.ArticleOriginal;
import dev.kronika.ingest.domain.ArticleRecord;
import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.repository.ArticleOriginalRepository;
import dev.kronika.ingest.repository.ArticleRecordRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Validates and stores submissions. An article is committed to PostgreSQL before the client hears
 * it was accepted; the workers then take it from there.
 */
@ApplicationScoped
public class SubmissionService {

    @Inject
    ArticleRecordRepository articles;
    @Inject
    IngestConfig config;
    @Inject
    WorkSignal workSignal;
    @Inject
    MeterRegistry registry;
    @Inject
    NearDuplicates nearDuplicates;
    @Inject
    ArticleOriginalRepository originals;
    @Inject
    ArticleTracing tracing;

    /** The stored article, and whether it was an exact duplicate of an earlier one. */
    public record Accepted(ArticleRecord article, boolean duplicate) {
    }

    public Accepted submit(Submission submission) {
        if (submission.undecoded()) {
            validateRaw(submission.raw().get());
            submission = RawContent.decode(submission);
        }
        validate(submission);
        String sha256 = sha256(submission);
        MinHashSignature signature = nearDuplicates.signature(submission.content(), submission.html());
        Accepted accepted;
        try {
            accepted = store(submission, sha256, signature);
        } catch (RuntimeException raceWithIdenticalSubmission) {
            // Two identical texts submitted at once: the unique hash lets one in; the other is its duplicate.
            accepted = articles.findBySha256(sha256).map(existing -> new Accepted(existing, true))
                    .orElseThrow(() -> raceWithIdenticalSubmission);
        }
        registry.counter(accepted.duplicate() ? "kronika.ingest.articles.duplicate" : "kronika.ingest.articles.accepted").increment();
        if (!accepted.duplicate()) {
            nearDuplicates.remember(accepted.article().id, signature);
            workSignal.wake();
        }
        return accepted;
    }

    @Transactional
    Accepted store(Submission submission, String sha256, MinHashSignature signature) {
        Optional<ArticleRecord> existing = articles.findBySha256(sha256);
        if (existing.isPresent()) {
            return new Accepted(existing.get(), true);
        }
        ArticleRecord article = new ArticleRecord();
        article.id = UUID.randomUUID();
        article.state = ArticleState.QUEUED;
        article.content = submission.content();
        article.contentType = submission.html() ? "html" : "text";
        article.contentSha256 = sha256;
        article.published = submission.published().orElse(null);
        article.url = submission.url().orElse(null);
        article.source = submission.source().orElse(null);
        article.externalId = submission.externalId().orElse(null);
        article.languageHint = submission.language().map(l -> l.toLowerCase(Locale.ROOT)).orElse(null);
        article.submittedTitle = submission.title().orElse(null);
        article.traceParent = tracing.currentTraceParent();
        article.minhash = signature.toBytes();
        nearDuplicates.find(signature).ifPresent(match -> {
            article.nearDuplicateOf = match.articleId();
            article.nearDuplicateSimilarity = (float) match.similarity();
            if (config.skipNearDuplicates()) {
                article.state = ArticleState.LINKED;
            }
        });
        article.nextAttemptAt = Instant.now();
        article.createdAt = Instant.now();
        article.updatedAt = article.createdAt;
        submission.raw().ifPresent(raw -> {
            article.charset = raw.charset().orElse(null);
            article.charsetEvidence = raw.evidence().orElse(null);
        });
        articles.persistAndFlush(article);
        submission.raw().ifPresent(raw -> {
            ArticleOriginal original = new ArticleOriginal();
            original.articleId = article.id;
            original.bytes = raw.bytes();
            original.contentType = raw.contentType().orElse(null);
            originals.persist(original);
        });
        return new Accepted(article, false);
    }

    private void validateRaw(Submission.Raw raw) {
        if (raw.bytes().length == 0) {
            throw new InvalidSubmissionException("raw must not be empty");
        }
        if (raw.bytes().length > config.maxContentBytes()) {
            throw new InvalidSubmissionException("raw is " + raw.bytes().length + " bytes, over the limit of " + config.maxContentBytes());
        }
        raw.contentType().ifPresent(RawContent::checkContentType);
    }

    private void validate(Submission submission) {
        if (submission.content() == null || submission.content().isBlank()) {
            throw new InvalidSubmissionException(submission.raw().isPresent()
                    ? "raw decodes to blank text" : "text, html or raw is required and must not be blank");
        }
        int bytes = submission.content().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxContentBytes()) {
            throw new InvalidSubmissionException("content is " + bytes + " bytes, over the limit of " + config.maxContentBytes());
        }
        if (submission.content().indexOf('\0') >= 0) {
            throw new InvalidSubmissionException("content must not contain NUL characters");
        }
        submission.published().ifPresent(SubmissionService::checkDate);
        submission.language().ifPresent(code -> {
            if (!code.matches("[A-Za-z]{2,3}")) {
                throw new InvalidSubmissionException("language must be an ISO 639-1 code, got '" + code + "'");
            }
        });
        checkLength("url", submission.url(), 4096);
        checkLength("source", submission.source(), 512);
        checkLength("external_id", submission.externalId(), 512);
        checkLength("title", submission.title(), 2048);
    }

    private static void checkDate(String value) {
        String trimmed = value.strip();
        if (parses(() -> LocalDate.parse(trimmed)) || parses(() -> OffsetDateTime.parse(trimmed))
                || parses(() -> LocalDateTime.parse(trimmed))) {
            return;
        }
        throw new InvalidSubmissionException("published must be an ISO-8601 date or date-time, got '" + value + "'");
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void checkLength(String field, Optional<String> value, int max) {
        if (value.isPresent() && value.get().length() > max) {
            throw new InvalidSubmissionException(field + " is longer than " + max + " characters");
        }
        if (value.isPresent() && value.get().indexOf('\0') >= 0) {
            throw new InvalidSubmissionException(field + " must not contain NUL characters");
        }
    }

    /** The hash that makes exact duplicates one article: the content and whether it is HTML. */
    private static String sha256(Submission submission) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((submission.html() ? "html\n" : "text\n").getBytes(StandardCharsets.UTF_8));
            digest.update(submission.content().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
