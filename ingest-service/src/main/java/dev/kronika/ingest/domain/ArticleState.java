package dev.kronika.ingest.domain;

/** Where an accepted article is on its way to the knowledge store. */
public enum ArticleState {
    QUEUED, EXTRACTING, INDEXED, FAILED,
    /** A near-duplicate of an earlier article, linked to it instead of being extracted again. */
    LINKED
}
