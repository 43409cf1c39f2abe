package dev.kronika.extract.core.model;

import java.util.List;

/** The annotation layers of the standard pipeline, in the order they are usually produced. */
public final class Layers {

    /** Block structure of an HTML page the text was extracted from; absent for plain text. */
    public static final Layer<PageStructure> PAGE = Layer.of("page", PageStructure.class);
    /** Title, main-text spans, authors and in-text metadata. */
    public static final Layer<Content> CONTENT = Layer.of("content", Content.class);
    public static final Layer<LanguageResult> LANGUAGE = Layer.of("language", LanguageResult.class);
    /** Tokens over the whole text in order, furniture included (stages filter by CONTENT). */
    public static final Layer<List<Token>> TOKENS = Layer.of("tokens", List.class);
    /** Sentence spans over the whole text in order. */
    public static final Layer<List<Span>> SENTENCES = Layer.of("sentences", List.class);
    /** The date relative expressions are resolved against (document creation time). */
    public static final Layer<AnchorDate> ANCHOR_DATE = Layer.of("anchor-date", AnchorDate.class);
    public static final Layer<List<TimeExpression>> TIME_EXPRESSIONS = Layer.of("time-expressions", List.class);
    /** Named-entity mentions with types and lemmas, in text order. */
    public static final Layer<List<Mention>> MENTIONS = Layer.of("mentions", List.class);
    /** Entities of the document; mentions carry their keys once this layer exists. */
    public static final Layer<List<EntityRecord>> ENTITIES = Layer.of("entities", List.class);
    public static final Layer<List<Event>> EVENTS = Layer.of("events", List.class);

    private Layers() {
    }
}
