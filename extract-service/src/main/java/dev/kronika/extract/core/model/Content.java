package dev.kronika.extract.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What main-text extraction found: the title, the body spans in reading order (everything else is
 * furniture), authors, and a publication date printed in the article's own header, if any.
 * {@code metadataTitle} is the headline a page names only in its metadata (Open Graph, JSON-LD,
 * {@code <title>}): it has no span, as it is not part of the text. {@code facts} holds the site,
 * the time of publication and where the authors were found.
 */
public record Content(Optional<Span> title, List<Span> body, List<String> authors,
                      Optional<LocalDate> publishedInText, ValueSource publishedInTextSource,
                      Optional<String> metadataTitle, PageFacts facts) {

    public Content {
        body = List.copyOf(body);
        authors = List.copyOf(authors);
        java.util.Objects.requireNonNull(facts, "facts");
    }

    public Content(Optional<Span> title, List<Span> body, List<String> authors,
                   Optional<LocalDate> publishedInText, ValueSource publishedInTextSource) {
        this(title, body, authors, publishedInText, publishedInTextSource, Optional.empty(), PageFacts.NONE);
    }

    public static Content wholeText(String text) {
        return new Content(Optional.empty(), List.of(new Span(0, text.length())), List.of(), Optional.empty(), ValueSource.TEXT);
    }

    /** True when the span lies inside the title or one body span. */
    public boolean isMainText(Span span) {
        if (title.isPresent() && title.get().contains(span)) {
            return true;
        }
        for (Span part : body) {
            if (part.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
