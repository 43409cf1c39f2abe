package dev.kronika.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "kronika.ingest")
public interface IngestConfig {

    /** Largest text or HTML accepted, in bytes of UTF-8. */
    @WithDefault("5242880")
    int maxContentBytes();

    /** Articles extracted and indexed at once; 0 turns background processing off. */
    @WithDefault("2")
    int workers();

    /** Deadline of one Extract call. */
    @WithDefault("60s")
    Duration extractTimeout();

    /** Deadline of one IndexArticle call. */
    @WithDefault("60s")
    Duration indexTimeout();

    /** How long a worker owns a claimed article; an article whose worker died is retried after it. */
    @WithDefault("3m")
    Duration lease();

    /** Attempts before an article that keeps failing for reasons other than unavailability is FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** How often idle workers look for work they were not woken for. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Estimated Jaccard similarity of word 3-shingles from which an article is reported as a near-duplicate. */
    @WithDefault("0.6")
    double nearDuplicateThreshold();

    /**
     * Link near-duplicates to the earlier article (state LINKED) instead of extracting them again.
     * Turn off to have every syndicated copy extracted and counted as a source of its events.
     */
    @WithDefault("true")
    boolean skipNearDuplicates();

    /** Largest feed document ImportFeed accepts, in bytes. */
    @WithDefault("20971520")
    int maxFeedBytes();

    /** Most items ImportFeed takes from one feed. */
    @WithDefault("1000")
    int maxFeedItems();
}
