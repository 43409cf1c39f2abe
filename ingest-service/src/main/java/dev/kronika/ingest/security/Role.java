package dev.kronika.ingest.security;

import java.util.Locale;

/** What a key may do: read lists and states, or write (submit articles). */
public enum Role {
    READ,
    WRITE;

    /** The name used in configuration and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
