package dev.kronika.extract.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One article flowing through the pipeline: its immutable text and request metadata, plus the
 * annotation layers stages add. Not thread-safe: one document is processed by one thread.
 */
public final class Document {

    private final String text;
    private final DocumentRequest request;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();

    public Document(String text, DocumentRequest request) {
        this.text = Objects.requireNonNull(text, "text");
        this.request = Objects.requireNonNull(request, "request");
    }

    public static Document of(String text) {
        return new Document(text, DocumentRequest.EMPTY);
    }

    public String text() {
        return text;
    }

    public DocumentRequest request() {
        return request;
    }

    public String text(Span span) {
        return text.substring(span.begin(), span.end());
    }

    public <T> Document set(Layer<T> layer, T value) {
        layers.put(layer, Objects.requireNonNull(value, layer.name()));
        return this;
    }

    /** The layer's value; fails when no stage provided it, which the pipeline rules out. */
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer '" + layer + "' has not been provided");
        }
        return layer.cast(value);
    }

    public <T> Optional<T> find(Layer<T> layer) {
        return Optional.ofNullable(layers.get(layer)).map(layer::cast);
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /** The document's language code once identified, else the client's hint, else "other". */
    public String language() {
        return find(Layers.LANGUAGE).map(LanguageResult::code)
                .or(request::languageHint)
                .orElse(LanguageResult.OTHER);
    }

    /** True when the span lies inside the main text (title or body), or when no content layer exists. */
    public boolean inMainText(Span span) {
        return find(Layers.CONTENT).map(content -> content.isMainText(span)).orElse(true);
    }
}
