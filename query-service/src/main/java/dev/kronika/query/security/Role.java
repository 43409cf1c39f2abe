package dev.kronika.query.security;

import java.util.Locale;

/** What a key may do: query entities, events and annotations, or write (index articles, which ingest-service does). */
public enum Role {
    READ,
    WRITE;

    /** The name used in configuration and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
