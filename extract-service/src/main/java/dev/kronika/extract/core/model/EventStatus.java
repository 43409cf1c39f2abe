package dev.kronika.extract.core.model;

/** An event's status as of the reporting article. */
public enum EventStatus {
    OCCURRED, PLANNED, ONGOING, CANCELLED, DENIED, HYPOTHETICAL
}
