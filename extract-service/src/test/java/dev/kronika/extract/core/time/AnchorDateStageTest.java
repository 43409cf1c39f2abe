package dev.kronika.extract.core.time;

import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnchorDateStageTest {

    private static final AnchorDateStage STAGE = new AnchorDateStage(TimeTestDocuments.RECOGNIZER);

    private static AnchorDate anchor(String text, DocumentRequest request, Content content) {
        return anchor("en", text, request, content);
    }

    private static AnchorDate anchor(String language, String text, DocumentRequest request, Content content) {
        Document document = new Document(text, request);
        document.set(Layers.CONTENT, content);
        document.set(Layers.LANGUAGE, new LanguageResult(language, ValueSource.DETECTED, 1.0));
        STAGE.process(document);
        return document.get(Layers.ANCHOR_DATE);
    }

    @Test
    void requestDateComesFirst() {
        String text = "Harbour reopens\nMonday, 5 June 2023\nThe harbour reopened after repairs.";
        AnchorDate anchor = anchor(text, DocumentRequest.publishedOn(LocalDate.of(2023, 6, 6)), Content.wholeText(text));
        assertEquals(new AnchorDate(Optional.of(LocalDate.of(2023, 6, 6)), ValueSource.REQUEST), anchor);
    }

    @Test
    void dateFoundByMainTextExtractionComesNext() {
        String text = "Harbour reopens\nThe harbour reopened after repairs.";
        Content content = new Content(Optional.empty(), List.of(new Span(0, text.length())), List.of(),
                Optional.of(LocalDate.of(2023, 6, 4)), ValueSource.METADATA);
        assertEquals(new AnchorDate(Optional.of(LocalDate.of(2023, 6, 4)), ValueSource.METADATA),
                anchor(text, DocumentRequest.EMPTY, content));
    }

    @Test
    void dateInTheHeaderIsInferred() {
        String text = "Harbour reopens\nMonday, 5 June 2023, 10:15\nThe harbour reopened on Sunday after repairs.";
        assertEquals(new AnchorDate(Optional.of(LocalDate.of(2023, 6, 5)), ValueSource.TEXT),
                anchor(text, DocumentRequest.EMPTY, Content.wholeText(text)));
    }

    @Test
    void aDateDeepInTheFirstParagraphIsTheStorysNotThePublicationDate() {
        String text = "Harbour reopens\nThe harbour of the old town, closed for two years while engineers rebuilt its walls, "
                + "its cranes and the long pier that the fishing fleet depends on, will reopen to ships on 5 June 2031.";
        assertEquals(Optional.empty(), anchor(text, DocumentRequest.EMPTY, Content.wholeText(text)).date());
    }

    @Test
    void weekdayBesideDayAndMonthFixesTheYear() {
        String text = "Harbour reopens\nThursday, 23 May\nThe harbour reopened after repairs.";
        LocalDate day = anchor(text, DocumentRequest.EMPTY, Content.wholeText(text)).date().orElseThrow();
        assertEquals(DayOfWeek.THURSDAY, day.getDayOfWeek());
        assertEquals(5, day.getMonthValue());
        assertEquals(23, day.getDayOfMonth());
    }

    @Test
    void slavicHeadersGiveTheDateToo() {
        String ukrainian = "Порт знову працює\nОпубліковано 5 червня 2023, 14:35\nПорт відновив роботу після ремонту.";
        assertEquals(new AnchorDate(Optional.of(LocalDate.of(2023, 6, 5)), ValueSource.TEXT),
                anchor("uk", ukrainian, DocumentRequest.EMPTY, Content.wholeText(ukrainian)));
        String polish = "Port znów działa\nCzwartek, 23 maja\nPort wznowił pracę po remoncie.";
        LocalDate day = anchor("pl", polish, DocumentRequest.EMPTY, Content.wholeText(polish)).date().orElseThrow();
        assertEquals(DayOfWeek.THURSDAY, day.getDayOfWeek());
        assertEquals(5, day.getMonthValue());
        assertEquals(23, day.getDayOfMonth());
    }

    @Test
    void withoutAnyDateTheAnchorIsUnknown() {
        String text = "Harbour reopens\nThe harbour reopened after repairs on Monday.";
        assertEquals(AnchorDate.unknown(), anchor(text, DocumentRequest.EMPTY, Content.wholeText(text)));
    }

    @Test
    void datesInPageFurnitureNeverCount() {
        String text = "Most read 18.04.2025\nHarbour reopens\nThe harbour reopened after repairs.";
        int bodyStart = text.indexOf("Harbour");
        Content content = new Content(Optional.empty(), List.of(new Span(bodyStart, text.length())), List.of(),
                Optional.empty(), ValueSource.TEXT);
        assertEquals(AnchorDate.unknown(), anchor(text, DocumentRequest.EMPTY, content));
    }
}
