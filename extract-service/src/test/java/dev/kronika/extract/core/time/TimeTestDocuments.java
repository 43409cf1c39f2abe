package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.text.TextSegmentationStage;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Builds hand-written documents through segmentation and the time stages. */
final class TimeTestDocuments {

    static final TimeExpressionRecognizer RECOGNIZER = new TimeExpressionRecognizer();
    private static final TextSegmentationStage SEGMENTATION = new TextSegmentationStage();
    private static final AnchorDateStage ANCHOR = new AnchorDateStage(RECOGNIZER);
    private static final TimeExpressionStage TIME = new TimeExpressionStage(RECOGNIZER, ReferenceMode.NEWS);

    private TimeTestDocuments() {
    }

    static Document annotate(String language, LocalDate published, String text) {
        Document document = new Document(text, published == null ? DocumentRequest.EMPTY : DocumentRequest.publishedOn(published));
        document.set(Layers.CONTENT, Content.wholeText(text));
        document.set(Layers.LANGUAGE, new LanguageResult(language, ValueSource.DETECTED, 1.0));
        SEGMENTATION.process(document);
        ANCHOR.process(document);
        TIME.process(document);
        return document;
    }

    static List<TimeExpression> expressions(String language, LocalDate published, String text) {
        return annotate(language, published, text).get(Layers.TIME_EXPRESSIONS);
    }

    /** The only expression whose text contains the part. */
    static TimeExpression expression(String language, LocalDate published, String text, String part) {
        List<TimeExpression> found = expressions(language, published, text);
        return found.stream().filter(t -> t.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression with '" + part + "' in " + describe(found)));
    }

    static String describe(List<TimeExpression> found) {
        return found.stream().map(t -> "'" + t.text() + "'=" + t.value()).collect(Collectors.joining(", ", "[", "]"));
    }
}
