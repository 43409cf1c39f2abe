package dev.kronika.ingest.service;

import java.util.Optional;

/** One article as a client submits it, free of protobuf and HTTP types. */
public record Submission(String content, boolean html, Optional<String> published, Optional<String> url,
                         Optional<String> source, Optional<String> externalId, Optional<String> language) {
}
