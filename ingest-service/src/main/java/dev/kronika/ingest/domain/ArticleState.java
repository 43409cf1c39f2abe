package dev.kronika.ingest.domain;

/** Where an accepted article is on its way to the knowledge store. */
public enum ArticleState {
    QUEUED, EXTRACTING, INDEXED, FAILED
}
