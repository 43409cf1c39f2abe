package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layer;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the date the article's relative expressions count from: the publication date the
 * client sent; else the one main-text extraction found printed in the article; else a full date
 * (or a weekday beside a day and month, which fixes the year) in the article's header, i.e. the
 * first lines of the main text. Dates in page furniture never count.
 */
public final class AnchorDateStage implements Stage {

    /** How many main-text lines from the top count as the article's header. */
    private static final int HEADER_LINES = 4;
    /**
     * A dateline opens its line ("Київ, 27 березня 2024 року.", "5 March 2024, 10:15"); a date
     * further into a paragraph is what the story is about, so only a line's opening is searched.
     */
    private static final int DATELINE_CHARS = 160;

    private final TimeExpressionRecognizer recognizer;

    public AnchorDateStage() {
        this(TimeExpressionRecognizer.shared());
    }

    public AnchorDateStage(TimeExpressionRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "anchor-date";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CONTENT);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ANCHOR_DATE);
    }

    @Override
    public void process(Document document) {
        document.set(Layers.ANCHOR_DATE, anchorOf(document));
    }

    private AnchorDate anchorOf(Document document) {
        Optional<LocalDate> requested = document.request().published();
        if (requested.isPresent()) {
            return new AnchorDate(requested, ValueSource.REQUEST);
        }
        Content content = document.get(Layers.CONTENT);
        if (content.publishedInText().isPresent()) {
            return new AnchorDate(content.publishedInText(), content.publishedInTextSource());
        }
        return headerDate(document, content).map(day -> new AnchorDate(Optional.of(day), ValueSource.TEXT))
                .orElseGet(AnchorDate::unknown);
    }

    private Optional<LocalDate> headerDate(Document document, Content content) {
        List<Span> lines = new ArrayList<>();
        content.title().ifPresent(lines::add);
        content.body().stream().limit(HEADER_LINES).forEach(lines::add);
        String language = document.language();
        for (Span line : lines.stream().sorted().distinct().map(line -> opening(document.text(), line)).toList()) {
            for (TimeExpression expression : recognizer.recognize(document.text(), List.of(line), List.of(), language,
                    Optional.empty(), ReferenceMode.NEWS)) {
                if (expression.type() == TimeExpression.Type.DATE && expression.value().matches("\\d{4}-\\d{2}-\\d{2}")
                        && document.inMainText(expression.span())) {
                    return Optional.of(LocalDate.parse(expression.value()));
                }
            }
        }
        return Optional.empty();
    }

    /** The line's first DATELINE_CHARS characters, extended to the end of the word they cut. */
    private static Span opening(String text, Span line) {
        if (line.length() <= DATELINE_CHARS) {
            return line;
        }
        int end = line.begin() + DATELINE_CHARS;
        while (end < line.end() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new Span(line.begin(), end);
    }
}
