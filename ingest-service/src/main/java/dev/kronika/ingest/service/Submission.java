package dev.kronika.ingest.service;

import java.util.Optional;

/**
 * One article as a client submits it, free of protobuf and HTTP types. Either {@code content} is
 * the text or HTML itself, or {@code raw} carries bytes still to be decoded (content is then
 * null until {@link RawContent#decode} fills it in).
 */
public record Submission(String content, boolean html, Optional<String> published, Optional<String> url,
                         Optional<String> source, Optional<String> externalId, Optional<String> language,
                         Optional<String> title, Optional<Raw> raw) {

    /** Bytes as submitted with their declared media type, and, once decoded, the charset and why. */
    public record Raw(byte[] bytes, Optional<String> contentType, Optional<String> charset, Optional<String> evidence) {
    }

    public Submission(String content, boolean html, Optional<String> published, Optional<String> url,
                      Optional<String> source, Optional<String> externalId, Optional<String> language) {
        this(content, html, published, url, source, externalId, language, Optional.empty(), Optional.empty());
    }

    public boolean undecoded() {
        return content == null && raw.isPresent();
    }

    Submission withContent(String decoded, boolean isHtml, Raw decodedRaw) {
        return new Submission(decoded, isHtml, published, url, source, externalId, language, title, Optional.of(decodedRaw));
    }
}
