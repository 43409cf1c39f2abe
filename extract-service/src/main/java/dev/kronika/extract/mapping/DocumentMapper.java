package dev.kronika.extract.mapping;

import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.EntityRecord;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.PageFacts;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.TimeWindow;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.text.OffsetMapper;
import dev.kronika.extract.service.ExtractionInput;
import dev.kronika.proto.extract.v1.AnnotatedDocument;
import dev.kronika.proto.extract.v1.Entity;
import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.extract.v1.Event;
import dev.kronika.proto.extract.v1.EventMode;
import dev.kronika.proto.extract.v1.EventStatus;
import dev.kronika.proto.extract.v1.EventType;
import dev.kronika.proto.extract.v1.ExtractRequest;
import dev.kronika.proto.extract.v1.Granularity;
import dev.kronika.proto.extract.v1.Label;
import dev.kronika.proto.extract.v1.Span;
import dev.kronika.proto.extract.v1.TimexType;

import java.util.Map;
import java.util.Optional;

/**
 * Maps protobuf requests to core inputs and core documents to protobuf, converting every span
 * from the core's UTF-16 indexes to the API's code point offsets here and nowhere else.
 */
public final class DocumentMapper {

    private DocumentMapper() {
    }

    public static ExtractionInput toInput(ExtractRequest request) {
        boolean html = request.getContentCase() == ExtractRequest.ContentCase.HTML;
        return new ExtractionInput(html ? request.getHtml() : request.getText(), html,
                nonBlank(request.getPublished()), nonBlank(request.getLanguage()), nonBlank(request.getUrl()));
    }

    public static AnnotatedDocument toProto(Document document) {
        OffsetMapper offsets = new OffsetMapper(document.text());
        AnnotatedDocument.Builder out = AnnotatedDocument.newBuilder().setText(document.text());
        document.find(Layers.LANGUAGE).ifPresent(language -> out.setLanguage(language.code())
                .setLanguageSource(source(language.source()))
                .setLanguageConfidence((float) language.confidence()));
        if (!document.has(Layers.LANGUAGE)) {
            out.setLanguage(document.language());
        }
        document.find(Layers.CONTENT).ifPresent(content -> mapContent(content, document.text(), offsets, out));
        Optional<AnchorDate> anchor = document.find(Layers.ANCHOR_DATE).filter(a -> a.date().isPresent());
        if (anchor.isPresent()) {
            out.setPublished(anchor.get().date().orElseThrow().toString()).setPublishedSource(source(anchor.get().source()));
        } else {
            document.request().published().ifPresent(date -> out.setPublished(date.toString())
                    .setPublishedSource(source(ValueSource.REQUEST)));
        }
        mapSiteAndTime(document, out);
        document.find(Layers.SENTENCES).ifPresent(sentences -> sentences.forEach(s -> out.addSentences(span(s, offsets))));
        document.find(Layers.MENTIONS).ifPresent(mentions -> mentions.forEach(m -> out.addMentions(mention(m, offsets))));
        document.find(Layers.ENTITIES).ifPresent(entities -> entities.forEach(e -> out.addEntities(entity(e))));
        document.find(Layers.TIME_EXPRESSIONS).ifPresent(timexes -> timexes.forEach(t -> out.addTimeExpressions(timex(t, offsets))));
        document.find(Layers.EVENTS).ifPresent(events -> events.forEach(e -> out.addEvents(event(e, offsets))));
        return out.build();
    }

    private static void mapContent(Content content, String text, OffsetMapper offsets, AnnotatedDocument.Builder out) {
        content.title().ifPresent(title -> out.setTitle(span(title, offsets)));
        if (content.title().isPresent()) {
            out.setTitleText(text.substring(content.title().get().begin(), content.title().get().end()).strip())
                    .setTitleSource(dev.kronika.proto.extract.v1.ValueSource.VALUE_SOURCE_TEXT);
        } else {
            content.metadataTitle().filter(t -> !t.isBlank()).ifPresent(title -> out.setTitleText(title.strip())
                    .setTitleSource(dev.kronika.proto.extract.v1.ValueSource.VALUE_SOURCE_METADATA));
        }
        content.body().forEach(part -> out.addBody(span(part, offsets)));
        out.addAllAuthors(content.authors());
        if (!content.authors().isEmpty()) {
            out.setAuthorsSource(source(content.facts().authorsSource()));
        }
    }

    /** The site from the page, else the URL's host; the time of publication when it falls on the published date. */
    private static void mapSiteAndTime(Document document, AnnotatedDocument.Builder out) {
        PageFacts facts = document.find(Layers.CONTENT).map(Content::facts).orElse(PageFacts.NONE);
        if (facts.site().isPresent()) {
            out.setSite(facts.site().get()).setSiteSource(source(facts.siteSource()));
        } else {
            document.request().url().flatMap(DocumentMapper::host)
                    .ifPresent(host -> out.setSite(host).setSiteSource(source(ValueSource.REQUEST)));
        }
        facts.publishedAt().filter(time -> time.local().toLocalDate().toString().equals(out.getPublished()))
                .ifPresent(time -> out.setPublishedTime(time.iso()).setPublishedTimeSource(source(facts.publishedAtSource())));
    }

    private static Optional<String> host(String url) {
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    public static Span span(dev.kronika.extract.core.model.Span span, OffsetMapper offsets) {
        return Span.newBuilder().setStart(offsets.toCodePoint(span.begin())).setEnd(offsets.toCodePoint(span.end())).build();
    }

    private static dev.kronika.proto.extract.v1.Mention mention(Mention m, OffsetMapper offsets) {
        dev.kronika.proto.extract.v1.Mention.Builder out = dev.kronika.proto.extract.v1.Mention.newBuilder()
                .setSpan(span(m.span(), offsets))
                .setText(m.text())
                .setType(EntityType.valueOf("ENTITY_TYPE_" + m.type().name()))
                .setLemma(m.lemma())
                .setConfidence((float) m.confidence());
        if (m.entityKey() != null) {
            out.setEntityKey(m.entityKey());
        }
        return out.build();
    }

    private static Entity entity(EntityRecord e) {
        Entity.Builder out = Entity.newBuilder().setKey(e.key())
                .setType(EntityType.valueOf("ENTITY_TYPE_" + e.type().name()))
                .setName(e.name())
                .addAllNames(e.names());
        e.wikidataId().ifPresent(out::setWikidataId);
        e.labels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(l -> out.addLabels(Label.newBuilder().setLanguage(l.getKey()).setName(l.getValue())));
        return out.build();
    }

    private static dev.kronika.proto.extract.v1.TimeExpression timex(TimeExpression t, OffsetMapper offsets) {
        return dev.kronika.proto.extract.v1.TimeExpression.newBuilder()
                .setSpan(span(t.span(), offsets))
                .setText(t.text())
                .setType(TimexType.valueOf("TIMEX_TYPE_" + t.type().name()))
                .setValue(t.value())
                .setWindow(window(t.window()))
                .build();
    }

    public static dev.kronika.proto.extract.v1.TimeWindow window(TimeWindow window) {
        dev.kronika.proto.extract.v1.TimeWindow.Builder out = dev.kronika.proto.extract.v1.TimeWindow.newBuilder()
                .setGranularity(Granularity.valueOf("GRANULARITY_" + window.granularity().name()));
        window.earliest().ifPresent(d -> out.setEarliest(d.toString()));
        window.latest().ifPresent(d -> out.setLatest(d.toString()));
        return out.build();
    }

    private static Event event(dev.kronika.extract.core.model.Event e, OffsetMapper offsets) {
        Event.Builder out = Event.newBuilder()
                .setType(EventType.valueOf("EVENT_TYPE_" + e.type().name()))
                .setMode(EventMode.valueOf("EVENT_MODE_" + e.mode().name()))
                .setStatus(EventStatus.valueOf("EVENT_STATUS_" + e.status().name()))
                .addAllActorKeys(e.actorKeys())
                .setTime(window(e.time()))
                .setTrigger(span(e.trigger(), offsets))
                .setSentence(span(e.sentence(), offsets))
                .setConfidence((float) e.confidence());
        e.locationKey().ifPresent(out::setLocationKey);
        return out.build();
    }

    private static dev.kronika.proto.extract.v1.ValueSource source(ValueSource source) {
        return dev.kronika.proto.extract.v1.ValueSource.valueOf("VALUE_SOURCE_" + source.name());
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
