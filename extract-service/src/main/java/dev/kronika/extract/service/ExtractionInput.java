package dev.kronika.extract.service;

import java.util.Optional;

/** A validated extraction request, free of protobuf types. */
public record ExtractionInput(String content, boolean html, Optional<String> published,
                              Optional<String> language, Optional<String> url) {
}
