package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextMainTextTest {

    private final MainTextStage stage = new MainTextStage();

    private Content extract(Document document) {
        stage.process(document);
        return document.get(Layers.CONTENT);
    }

    private static String body(Document document, Content content) {
        return content.body().stream().map(document::text).collect(Collectors.joining("\n"));
    }

    @Test
    void keepsTheArticleAndDropsHeadlineListsAndMarkers() {
        String text = """
                Mayors of two river towns agree to share one ferry
                Anna Kowalczyk
                12.03.2024, 09:15

                The mayors of Lindow and Borsk signed an agreement on Tuesday to run a single ferry across the river from next spring, ending years of quarrels over the timetable.
                "We finally stopped counting who pays for the fuel," said the mayor of Lindow.
                Short, but true.
                The ferry will carry cyclists free of charge during the summer months, the two town councils said in a joint statement after the meeting in the old customs house.
                Read also:
                Bridge repairs delayed again
                Most read
                Storm closes the coastal road for a day
                Storm closes the coastal road for a day
                Local bakery wins a national prize
                Local bakery wins a national prize
                16:59 - 18.04.2025
                Comments
                Nobody has commented on this article yet.
                """;
        Document document = Document.of(text);
        Content content = extract(document);
        assertEquals("Mayors of two river towns agree to share one ferry", content.title().map(document::text).orElseThrow());
        String body = body(document, content);
        assertTrue(body.contains("signed an agreement on Tuesday"));
        assertTrue(body.contains("\"We finally stopped counting who pays for the fuel,\""));
        assertTrue(body.contains("Short, but true."));
        assertTrue(body.contains("joint statement"));
        for (String furniture : new String[] {"Read also", "Bridge repairs", "Storm closes", "bakery", "18.04.2025", "Nobody has commented", "Anna Kowalczyk"}) {
            assertFalse(body.contains(furniture), furniture);
        }
        assertEquals(java.util.List.of("Anna Kowalczyk"), content.authors());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), content.publishedInText());
        assertEquals(ValueSource.TEXT, content.publishedInTextSource());
        assertEquals("2024-03-12T09:15", content.facts().publishedAt().orElseThrow().iso());
        assertEquals(ValueSource.TEXT, content.facts().authorsSource());
        assertTrue(content.facts().site().isEmpty());
    }

    @Test
    void textWithoutHeadlineHasNoTitle() {
        String text = """
                "The talks lasted four hours and covered grain, gas and the border crossings," the spokesman told reporters on Friday evening.
                Both delegations will meet again in the spring, he added, without naming a city.
                Czytaj także:
                Nowy most otwarty dla ruchu
                """;
        Document document = Document.of(text);
        Content content = extract(document);
        assertTrue(content.title().isEmpty());
        String body = body(document, content);
        assertTrue(body.startsWith("\"The talks lasted four hours"));
        assertTrue(body.contains("without naming a city"));
        assertFalse(body.contains("Nowy most"));
    }

    @Test
    void dropsPhotoCreditsFromTheHeadlineAndCaptionsFromTheBody() {
        String text = """
                Президентите се срещнаха в столицата Снимка: © Агенция
                Двамата президенти се срещнаха в четвъртък в столицата и обсъдиха търговията, енергетиката и транспорта между двете страни.
                Разговорите в двореца
                Фото: Агенция
                Според официалното съобщение следващата среща ще бъде през есента, когато ще бъдат подписани няколко споразумения.
                Прочетете още:
                Цените на горивата отново се повишиха
                """;
        Document document = Document.of(text);
        Content content = extract(document);
        assertEquals("Президентите се срещнаха в столицата", content.title().map(document::text).orElseThrow());
        String body = body(document, content);
        assertTrue(body.contains("обсъдиха търговията"));
        assertTrue(body.contains("следващата среща"));
        assertFalse(body.contains("Разговорите в двореца"));
        assertFalse(body.contains("Фото"));
        assertFalse(body.contains("Цените на горивата"));
    }

    @Test
    void everyBodySpanLiesInsideTheText() {
        Document document = Document.of("Just one sentence of text, with no furniture at all.");
        Content content = extract(document);
        for (Span span : content.body()) {
            assertTrue(span.end() <= document.text().length());
        }
        assertEquals("Just one sentence of text, with no furniture at all.", body(document, content));
    }
}
