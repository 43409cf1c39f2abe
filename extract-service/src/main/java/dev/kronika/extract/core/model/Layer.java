package dev.kronika.extract.core.model;

import java.util.Objects;

/**
 * A typed annotation layer of a {@link Document}, like a CoreNLP annotation key: stages declare
 * the layers they require and provide, and read or write them through the document.
 */
public final class Layer<T> {

    private final String name;
    private final Class<? super T> type;

    private Layer(String name, Class<? super T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T> Layer<T> of(String name, Class<? super T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) type.cast(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
