package dev.kronika.extract.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** What the client said about the article beside its content. All values optional. */
public record DocumentRequest(Optional<LocalDate> published, Optional<String> languageHint, Optional<String> url) {

    public static final DocumentRequest EMPTY = new DocumentRequest(Optional.empty(), Optional.empty(), Optional.empty());

    public DocumentRequest {
        published = published == null ? Optional.empty() : published;
        languageHint = languageHint == null ? Optional.empty() : languageHint;
        url = url == null ? Optional.empty() : url;
    }

    public static DocumentRequest publishedOn(LocalDate date) {
        return new DocumentRequest(Optional.of(date), Optional.empty(), Optional.empty());
    }
}
