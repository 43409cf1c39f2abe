package dev.kronika.query.mapping;

import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.extract.v1.EventMode;
import dev.kronika.proto.extract.v1.EventStatus;
import dev.kronika.proto.extract.v1.EventType;
import dev.kronika.proto.extract.v1.Granularity;
import dev.kronika.proto.extract.v1.Mention;
import dev.kronika.proto.extract.v1.Span;
import dev.kronika.proto.extract.v1.TimeWindow;
import dev.kronika.proto.query.v1.ArticleAnnotations;
import dev.kronika.proto.query.v1.ArticleEvent;
import dev.kronika.proto.query.v1.ArticleMention;
import dev.kronika.proto.query.v1.Entity;
import dev.kronika.proto.query.v1.Event;
import dev.kronika.proto.query.v1.EventActor;
import dev.kronika.proto.query.v1.EventSource;
import dev.kronika.query.domain.EventReport;
import dev.kronika.query.domain.FusedEvent;
import dev.kronika.query.domain.KnownEntity;
import dev.kronika.query.domain.StoredArticle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Store rows to protobuf resources. Names follow AIP-122: "articles/{id}", "entities/{id}", "events/{id}". */
public final class QueryMapper {

    private QueryMapper() {
    }

    public static String entityName(long id) {
        return "entities/" + id;
    }

    public static String eventName(long id) {
        return "events/" + id;
    }

    public static String articleName(Object id) {
        return "articles/" + id;
    }

    /** @param displayName the name to show, in the reader's language */
    public static Entity entity(KnownEntity entity, String displayName, List<String> names, long[] counts) {
        Entity.Builder out = Entity.newBuilder()
                .setName(entityName(entity.id))
                .setId(String.valueOf(entity.id))
                .setType(EntityType.valueOf("ENTITY_TYPE_" + entity.type))
                .setDisplayName(displayName)
                .addAllNames(names)
                .setArticleCount((int) counts[0])
                .setMentionCount((int) counts[1]);
        if (entity.wikidataId != null) {
            out.setWikidataId(entity.wikidataId);
        }
        return out.build();
    }

    /** @param displayNames the name to show for each actor and place, in the reader's language */
    public static Event event(FusedEvent event, List<KnownEntity> actors, KnownEntity location, Map<Long, String> displayNames,
                              List<EventReport> reports, Map<java.util.UUID, StoredArticle> articles, List<Long> related) {
        Event.Builder out = Event.newBuilder()
                .setName(eventName(event.id))
                .setId(String.valueOf(event.id))
                .setType(EventType.valueOf("EVENT_TYPE_" + event.type))
                .setMode(EventMode.valueOf("EVENT_MODE_" + event.mode))
                .setStatus(EventStatus.valueOf("EVENT_STATUS_" + event.status))
                .setTime(window(event.earliest, event.latest, event.granularity))
                .setConfidence(event.confidence);
        actors.forEach(actor -> out.addActors(actor(actor, displayNames)));
        if (location != null) {
            out.setLocation(actor(location, displayNames));
        }
        reports.stream()
                .sorted(Comparator.comparing((EventReport r) -> publishedOf(articles.get(r.articleId)), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.id))
                .forEach(report -> out.addSources(source(report, articles.get(report.articleId))));
        related.forEach(id -> out.addRelatedEvents(eventName(id)));
        return out.build();
    }

    private static LocalDate publishedOf(StoredArticle article) {
        return article == null ? null : article.published;
    }

    private static EventActor actor(KnownEntity entity, Map<Long, String> displayNames) {
        return EventActor.newBuilder().setEntity(entityName(entity.id))
                .setDisplayName(displayNames.getOrDefault(entity.id, entity.displayName)).build();
    }

    private static EventSource source(EventReport report, StoredArticle article) {
        EventSource.Builder out = EventSource.newBuilder()
                .setArticle(articleName(report.articleId))
                .setStatus(EventStatus.valueOf("EVENT_STATUS_" + report.status))
                .setTime(window(report.earliest, report.latest, report.granularity))
                .setTrigger(span(report.triggerStart, report.triggerEnd))
                .setSentence(span(report.sentenceStart, report.sentenceEnd))
                .setSentenceText(report.sentenceText)
                .setConfidence(report.confidence);
        if (article != null) {
            if (article.externalId != null) {
                out.setExternalId(article.externalId);
            }
            if (article.url != null) {
                out.setUrl(article.url);
            }
            out.setLanguage(article.language);
            out.setPublished(Dates.format(article.published));
        }
        return out.build();
    }

    public static ArticleAnnotations annotations(StoredArticle article, AnnotatedDocument document,
                                                 Map<String, Long> entityIdByKey, List<EventReport> reports) {
        ArticleAnnotations.Builder out = ArticleAnnotations.newBuilder()
                .setName(articleName(article.id))
                .setId(article.id.toString())
                .setLanguage(article.language)
                .setPublished(Dates.format(article.published))
                .setText(document.getText())
                .addAllBody(document.getBodyList())
                .addAllAuthors(document.getAuthorsList())
                .addAllTimeExpressions(document.getTimeExpressionsList())
                .setSite(document.getSite())
                .setPublishedTime(document.getPublishedTime())
                .setTitleText(document.getTitleText());
        if (article.externalId != null) {
            out.setExternalId(article.externalId);
        }
        if (article.url != null) {
            out.setUrl(article.url);
        }
        if (article.source != null) {
            out.setSource(article.source);
        }
        if (document.hasTitle()) {
            out.setTitle(document.getTitle());
        }
        for (Mention mention : document.getMentionsList()) {
            ArticleMention.Builder m = ArticleMention.newBuilder().setSpan(mention.getSpan()).setText(mention.getText())
                    .setType(mention.getType()).setLemma(mention.getLemma());
            Long entityId = entityIdByKey.get(mention.getEntityKey());
            if (entityId != null) {
                m.setEntity(entityName(entityId));
            }
            out.addMentions(m);
        }
        Map<Integer, Long> eventIdByOrdinal = new HashMap<>();
        reports.forEach(r -> eventIdByOrdinal.put(r.ordinal, r.eventId));
        for (int i = 0; i < document.getEventsCount(); i++) {
            var event = document.getEvents(i);
            ArticleEvent.Builder e = ArticleEvent.newBuilder().setType(event.getType()).setMode(event.getMode())
                    .setStatus(event.getStatus()).setTime(event.getTime()).setTrigger(event.getTrigger())
                    .setSentence(event.getSentence()).setConfidence(event.getConfidence());
            if (eventIdByOrdinal.containsKey(i)) {
                e.setEvent(eventName(eventIdByOrdinal.get(i)));
            }
            event.getActorKeysList().forEach(key -> {
                Long id = entityIdByKey.get(key);
                if (id != null) {
                    e.addActors(entityName(id));
                }
            });
            Long location = entityIdByKey.get(event.getLocationKey());
            if (location != null) {
                e.setLocation(entityName(location));
            }
            out.addEvents(e);
        }
        return out.build();
    }

    private static TimeWindow window(LocalDate earliest, LocalDate latest, String granularity) {
        return TimeWindow.newBuilder().setEarliest(Dates.format(earliest)).setLatest(Dates.format(latest))
                .setGranularity(Granularity.valueOf("GRANULARITY_" + granularity)).build();
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }
}
