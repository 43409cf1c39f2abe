package dev.kronika.extract.core.time;

import dev.kronika.extract.core.content.MainTextStage;
import dev.kronika.extract.core.lang.LanguageIdentificationStage;
import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.pipeline.Pipeline;
import dev.kronika.extract.core.text.TextSegmentationStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The date expressions of the seed articles in ../shared/seeds, normalised against their publication dates. */
class SeedTimeExpressionsTest {

    private static Pipeline pipeline;
    private static Path seeds;

    @BeforeAll
    static void setUp() {
        String shared = System.getProperty("kronika.shared.dir");
        if (shared == null || !Files.isDirectory(Path.of(shared, "seeds"))) {
            fail("system property kronika.shared.dir must point at the shared folder with seeds/ (got " + shared + ")");
        }
        seeds = Path.of(shared, "seeds");
        TimeExpressionRecognizer recognizer = new TimeExpressionRecognizer();
        pipeline = Pipeline.builder()
                .add(new MainTextStage())
                .add(new LanguageIdentificationStage())
                .add(new TextSegmentationStage())
                .add(new AnchorDateStage(recognizer))
                .add(new TimeExpressionStage(recognizer, ReferenceMode.NEWS))
                .build();
    }

    private static Document run(String file, LocalDate published) throws IOException {
        String text = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8);
        DocumentRequest request = published == null ? DocumentRequest.EMPTY : DocumentRequest.publishedOn(published);
        return pipeline.process(new Document(text, request));
    }

    private static TimeExpression find(Document document, String textPart) {
        List<TimeExpression> found = document.get(Layers.TIME_EXPRESSIONS);
        return found.stream().filter(t -> normalize(t.text()).contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression containing '" + textPart + "' in " + describe(found)));
    }

    private static List<TimeExpression> all(Document document, String textPart) {
        return document.get(Layers.TIME_EXPRESSIONS).stream().filter(t -> normalize(t.text()).contains(textPart)).toList();
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String describe(List<TimeExpression> found) {
        return found.stream().map(t -> t.text() + "=" + t.value() + " " + t.window()).collect(Collectors.joining("; "));
    }

    @Test
    void polishCallOnFifthOfJanuaryAndSummitInDecember() throws IOException {
        Document document = run("002_ee61cc30a8ce32d2.txt", LocalDate.of(2023, 1, 6));
        assertEquals("2023-01-05", find(document, "5 stycznia").value());
        // "wieczorem 26 grudnia" and "rano 27 grudnia" are parts of those days: 2022-12-26TEV, 2022-12-27TMO
        assertTrue(find(document, "26 grudnia").value().startsWith("2022-12-26"), find(document, "26 grudnia").value());
        assertTrue(find(document, "27 grudnia").value().startsWith("2022-12-27"), find(document, "27 grudnia").value());
        assertEquals(Optional.of(LocalDate.of(2022, 12, 26)), find(document, "26 grudnia").window().earliest());
        assertEquals(Optional.of(LocalDate.of(2022, 12, 27)), find(document, "27 grudnia").window().latest());
        TimeExpression twoMonths = find(document, "dwóch miesięcy");
        assertEquals("P2M", twoMonths.value());
        assertEquals(Optional.of(LocalDate.of(2023, 1, 6)), twoMonths.window().earliest());
        assertEquals(Optional.of(LocalDate.of(2023, 3, 6)), twoMonths.window().latest());
    }

    @Test
    void polishMeetingOnMondayAndPreviousOneOnSixteenthOfMay() throws IOException {
        Document document = run("003_06f8a6cfa87ca1cd.txt", LocalDate.of(2022, 5, 23));
        List<TimeExpression> mondays = all(document, "poniedziałek");
        assertFalse(mondays.isEmpty(), describe(document.get(Layers.TIME_EXPRESSIONS)));
        for (TimeExpression monday : mondays) {
            assertEquals("2022-05-23", monday.value(), monday.text());
        }
        assertEquals("2022-05-16", find(document, "16 maja").value());
    }

    @Test
    void polishMeetingInTheComingWeeksAndBirthdayOnSunday() throws IOException {
        Document document = run("000_e41880f439c5c73a.txt", LocalDate.of(2020, 8, 30));
        for (TimeExpression weeks : all(document, "najbliższych tygodniach")) {
            assertEquals("FUTURE_REF", weeks.value());
            assertEquals(Optional.of(LocalDate.of(2020, 8, 30)), weeks.window().earliest());
            assertTrue(weeks.window().latest().orElseThrow().isAfter(LocalDate.of(2020, 9, 15)));
            assertTrue(weeks.window().latest().orElseThrow().isBefore(LocalDate.of(2020, 11, 30)));
        }
        assertFalse(all(document, "najbliższych tygodniach").isEmpty(), describe(document.get(Layers.TIME_EXPRESSIONS)));
        TimeExpression sunday = find(document, "30 sierpnia");
        assertEquals("2020-08-30", sunday.value());
        assertTrue(sunday.text().toLowerCase().contains("niedziel"), sunday.text());
    }

    @Test
    void bulgarianMeetingInTheNextWeeks() throws IOException {
        Document document = run("001_b6d4e6ab3bb4b7fb.txt", LocalDate.of(2020, 8, 30));
        List<TimeExpression> found = document.get(Layers.TIME_EXPRESSIONS);
        TimeExpression weeks = find(document, "седмици");
        assertEquals(Optional.of(LocalDate.of(2020, 8, 30)), weeks.window().earliest(), describe(found));
        assertEquals("2020-08-09", find(document, "9 август").value());
    }

    @Test
    void englishVisitOnTwentyThirdAndTwentyFourthOfMay() throws IOException {
        Document document = run("004_114f748b29108ec3.txt", LocalDate.of(2024, 5, 23));
        assertEquals("2024-05-23", find(document, "On 23 May".substring(3)).value());
        assertEquals("2024-05-24", find(document, "24 May").value());
    }

    @Test
    void englishAnchorIsReadFromTheHeaderWithoutPublicationDate() throws IOException {
        Document document = run("004_114f748b29108ec3.txt", null);
        AnchorDate anchor = document.get(Layers.ANCHOR_DATE);
        assertEquals(Optional.of(LocalDate.of(2024, 5, 23)), anchor.date());
        assertEquals(ValueSource.TEXT, anchor.source());
        assertEquals("2024-05-24", find(document, "24 May").value());
    }
}
