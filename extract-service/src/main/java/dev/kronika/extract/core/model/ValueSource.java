package dev.kronika.extract.core.model;

/** Where a metadata value came from. */
public enum ValueSource {
    REQUEST, METADATA, TEXT, DETECTED
}
