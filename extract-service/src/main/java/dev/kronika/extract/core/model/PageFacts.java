package dev.kronika.extract.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article besides the text, and where each value was found: the
 * site or outlet that published it, the time of publication when a time of day is given, and
 * the origin of the author names.
 */
public record PageFacts(Optional<String> site, ValueSource siteSource, Optional<PublicationTime> publishedAt,
                        ValueSource publishedAtSource, ValueSource authorsSource) {

    /** Nothing known beyond the text; authors, if any, come from the text. */
    public static final PageFacts NONE = new PageFacts(Optional.empty(), ValueSource.METADATA, Optional.empty(),
            ValueSource.TEXT, ValueSource.TEXT);

    public PageFacts {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(siteSource, "siteSource");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedAtSource, "publishedAtSource");
        Objects.requireNonNull(authorsSource, "authorsSource");
    }
}
