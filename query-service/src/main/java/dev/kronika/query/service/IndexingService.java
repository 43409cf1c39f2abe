package dev.kronika.query.service;

import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.Entity;
import dev.kronika.proto.extract.v1.Event;
import dev.kronika.proto.extract.v1.Mention;
import dev.kronika.proto.extract.v1.Span;
import dev.kronika.proto.query.v1.ArticleMetadata;
import dev.kronika.query.domain.EventReport;
import dev.kronika.query.domain.MentionRow;
import dev.kronika.query.domain.StoredArticle;
import dev.kronika.query.mapping.Dates;
import dev.kronika.query.repository.ArticleRepository;
import dev.kronika.query.repository.EventRepository;
import dev.kronika.query.repository.MentionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Stores an extracted article in one transaction: the article, its entities merged into the
 * global ones, its mentions, and its events fused with those of earlier articles. Indexing an
 * article id a second time changes nothing, which makes the ingest pipeline's at-least-once
 * delivery safe.
 */
@ApplicationScoped
public class IndexingService {

    @Inject
    ArticleRepository articles;
    @Inject
    MentionRepository mentions;
    @Inject
    EventRepository events;
    @Inject
    EntityResolver resolver;
    @Inject
    EventFusion fusion;
    @Inject
    MeterRegistry registry;

    public record Result(boolean indexed, int entityCount, int eventCount) {
    }

    @Transactional
    public Result index(ArticleMetadata metadata, AnnotatedDocument document) {
        UUID id = ArticleNames.parseId(metadata.getId());
        if (document.getText().isEmpty()) {
            throw new InvalidQueryException("document.text is required");
        }
        if (articles.findById(id) != null) {
            return new Result(false, 0, 0);
        }
        // Entity merging and event fusion read-then-write shared rows: one indexer at a time.
        events.lockForFusion();
        if (articles.findById(id) != null) {
            return new Result(false, 0, 0);
        }
        StoredArticle article = storeArticle(id, metadata, document);
        Map<String, Long> entityIds = resolveEntities(document);
        storeMentions(id, document, entityIds);
        int eventCount = storeEvents(article, document, entityIds);
        registry.counter("kronika.query.articles.indexed").increment();
        return new Result(true, new LinkedHashSet<>(entityIds.values()).size(), eventCount);
    }

    private StoredArticle storeArticle(UUID id, ArticleMetadata metadata, AnnotatedDocument document) {
        StoredArticle article = new StoredArticle();
        article.id = id;
        article.externalId = blankToNull(metadata.getExternalId());
        article.url = blankToNull(metadata.getUrl());
        article.source = blankToNull(metadata.getSource());
        article.language = document.getLanguage().isEmpty() ? "other" : document.getLanguage();
        String published = !document.getPublished().isEmpty() ? document.getPublished() : metadata.getPublished();
        article.published = Dates.parseOrNull(published);
        article.title = document.hasTitle() ? CodePoints.substring(document.getText(), document.getTitle())
                : !document.getTitleText().isBlank() ? document.getTitleText()
                : blankToNull(metadata.getTitle());
        article.text = document.getText();
        article.annotations = document.toByteArray();
        article.indexedAt = Instant.now();
        articles.persist(article);
        return article;
    }

    private Map<String, Long> resolveEntities(AnnotatedDocument document) {
        Map<String, Long> ids = new HashMap<>();
        for (Entity entity : document.getEntitiesList()) {
            if (!entity.getKey().isBlank()) {
                ids.put(entity.getKey(), resolver.resolve(entity));
            }
        }
        // A mention whose key the entity list lacks still gets an entity of its own.
        for (Mention mention : document.getMentionsList()) {
            if (!mention.getEntityKey().isBlank() && !ids.containsKey(mention.getEntityKey())) {
                ids.put(mention.getEntityKey(), resolver.resolve(Entity.newBuilder().setKey(mention.getEntityKey())
                        .setType(mention.getType()).setName(mention.getLemma()).addNames(mention.getText()).build()));
            }
        }
        return ids;
    }

    private void storeMentions(UUID articleId, AnnotatedDocument document, Map<String, Long> entityIds) {
        for (Mention mention : document.getMentionsList()) {
            Long entityId = entityIds.get(mention.getEntityKey());
            if (entityId == null) {
                continue;
            }
            MentionRow row = new MentionRow();
            row.articleId = articleId;
            row.entityId = entityId;
            row.startOffset = mention.getSpan().getStart();
            row.endOffset = mention.getSpan().getEnd();
            row.text = mention.getText();
            row.lemma = mention.getLemma();
            row.type = mention.getType().name().replace("ENTITY_TYPE_", "");
            mentions.persist(row);
        }
    }

    private int storeEvents(StoredArticle article, AnnotatedDocument document, Map<String, Long> entityIds) {
        Set<Long> fused = new LinkedHashSet<>();
        for (int ordinal = 0; ordinal < document.getEventsCount(); ordinal++) {
            Event event = document.getEvents(ordinal);
            Set<Long> actors = new LinkedHashSet<>();
            for (String key : event.getActorKeysList()) {
                Long id = entityIds.get(key);
                if (id != null) {
                    actors.add(id);
                }
            }
            Long location = entityIds.get(event.getLocationKey());
            EventFusion.Report report = new EventFusion.Report(
                    event.getType().name().replace("EVENT_TYPE_", ""),
                    event.getMode().name().replace("EVENT_MODE_", ""),
                    event.getStatus().name().replace("EVENT_STATUS_", ""),
                    actors, location,
                    Dates.parseOrNull(event.getTime().getEarliest()), Dates.parseOrNull(event.getTime().getLatest()),
                    event.getTime().getGranularity().name().replace("GRANULARITY_", ""),
                    event.getConfidence(), article.published);
            long eventId = fusion.fuse(report);
            fused.add(eventId);
            events.addReport(report(article.id, ordinal, eventId, report, event, document.getText()));
        }
        return fused.size();
    }

    private static EventReport report(UUID articleId, int ordinal, long eventId, EventFusion.Report report, Event event, String text) {
        EventReport row = new EventReport();
        row.eventId = eventId;
        row.articleId = articleId;
        row.ordinal = ordinal;
        row.mode = report.mode();
        row.status = report.status();
        row.locationEntityId = report.location();
        row.earliest = report.earliest();
        row.latest = report.latest();
        row.granularity = report.granularity();
        row.triggerStart = event.getTrigger().getStart();
        row.triggerEnd = event.getTrigger().getEnd();
        row.sentenceStart = event.getSentence().getStart();
        row.sentenceEnd = event.getSentence().getEnd();
        row.sentenceText = CodePoints.substring(text, event.getSentence());
        row.confidence = report.confidence();
        return row;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Substrings by code point offsets, clamped to the text. */
    static final class CodePoints {
        private CodePoints() {
        }

        static String substring(String text, Span span) {
            int length = text.codePointCount(0, text.length());
            int start = Math.max(0, Math.min(span.getStart(), length));
            int end = Math.max(start, Math.min(span.getEnd(), length));
            int from = text.offsetByCodePoints(0, start);
            return text.substring(from, text.offsetByCodePoints(from, end - start));
        }
    }
}
