package dev.kronika.extract.service;

import dev.kronika.extract.config.ExtractConfig;
import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.pipeline.Stage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Validates requests and runs the extraction core, timing each stage. */
@ApplicationScoped
public class ExtractionService {

    private final CurrentEngine engine;
    private final ExtractConfig config;
    private final MeterRegistry registry;
    private final Map<String, Timer> stageTimers = new ConcurrentHashMap<>();

    @Inject
    public ExtractionService(CurrentEngine engine, ExtractConfig config, MeterRegistry registry) {
        this.engine = engine;
        this.config = config;
        this.registry = registry;
    }

    public Document extract(ExtractionInput input) {
        validate(input);
        DocumentRequest request = new DocumentRequest(input.published().map(ExtractionService::parseDate),
                input.language().map(code -> code.toLowerCase(Locale.ROOT)), input.url());
        ExtractionEngine current = engine.get();
        return input.html()
                ? current.extractHtml(input.content(), request, this::record)
                : current.extractText(input.content(), request, this::record);
    }

    private void validate(ExtractionInput input) {
        if (input.content() == null || input.content().isBlank()) {
            throw new InvalidInputException("text or html is required and must not be blank");
        }
        int bytes = input.content().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxTextBytes()) {
            throw new InvalidInputException("content is " + bytes + " bytes, over the limit of " + config.maxTextBytes());
        }
        if (input.language().isPresent() && !input.language().get().matches("[A-Za-z]{2,3}")) {
            throw new InvalidInputException("language must be an ISO 639-1 code, got '" + input.language().get() + "'");
        }
    }

    /** Accepts an ISO date or an ISO date-time with offset; the date part anchors relative dates. */
    public static LocalDate parseDate(String value) {
        String trimmed = value.strip();
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(trimmed).toLocalDate();
            } catch (DateTimeParseException notADateTime) {
                try {
                    return java.time.LocalDateTime.parse(trimmed).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("published must be an ISO-8601 date or date-time, got '" + value + "'");
                }
            }
        }
    }

    private void record(Stage stage, long nanos) {
        stageTimers.computeIfAbsent(stage.name(), name -> Timer.builder("kronika.extract.stage")
                .description("Time spent in one extraction stage per document")
                .tag("stage", name)
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    public Optional<String> readinessProblem() {
        return engine.get().pipeline().stages().isEmpty() ? Optional.of("no stages") : Optional.empty();
    }
}
