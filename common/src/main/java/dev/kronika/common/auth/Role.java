package dev.kronika.common.auth;

import java.util.Locale;

/** What an API key may do: read (lists, states, queries) or write (submit or index articles). */
public enum Role {
    READ,
    WRITE;

    /** The name used in configuration and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
