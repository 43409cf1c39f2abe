package dev.kronika.extract.core.model;

/** The identified language: an ISO 639-1 code of a supported language, or {@link #OTHER}. */
public record LanguageResult(String code, ValueSource source, double confidence) {

    public static final String OTHER = "other";
}
