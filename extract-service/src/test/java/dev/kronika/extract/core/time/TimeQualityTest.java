package dev.kronika.extract.core.time;

import dev.kronika.extract.bench.TimeBenchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Measured quality on a fixed subset of the corpora (the first files in name order); the full
 * corpora run in {@link TimeBenchmark}. Thresholds sit a little under the figures measured (TimeBank first 60 files: relaxed F1 0.959, value F1 0.875; WikiWars-uk first 4 files: relaxed F1 0.931, value F1 0.833).
 */
class TimeQualityTest {

    private static Path corpora;
    private static TimeBenchmark benchmark;

    @BeforeAll
    static void setUp() {
        String shared = System.getProperty("kronika.shared.dir");
        if (shared == null || !Files.isDirectory(Path.of(shared, "corpora", "timebank"))) {
            fail("system property kronika.shared.dir must point at the shared folder with corpora/ (got " + shared + ")");
        }
        corpora = Path.of(shared, "corpora");
        benchmark = new TimeBenchmark(TimeTestDocuments.RECOGNIZER);
    }

    @Test
    void timeBankSubset() {
        TimeBenchmark.Score score = benchmark.score(TimeBenchmark.readTimeBank(corpora.resolve("timebank"), 60), "en",
                ReferenceMode.NEWS, new ArrayList<>());
        assertTrue(score.relaxedF1() >= RELAXED_EN, "relaxed extent F1 " + score.relaxedF1());
        assertTrue(score.valueF1() >= VALUE_EN, "value F1 " + score.valueF1());
    }

    @Test
    void wikiWarsUkrainianSubset() {
        TimeBenchmark.Score score = benchmark.score(TimeBenchmark.readWikiWars(corpora.resolve("wikiwars-uk"), 4), "uk",
                ReferenceMode.NARRATIVE, new ArrayList<>());
        assertTrue(score.relaxedF1() >= RELAXED_UK, "relaxed extent F1 " + score.relaxedF1());
        assertTrue(score.valueF1() >= VALUE_UK, "value F1 " + score.valueF1());
    }

    private static final double RELAXED_EN = 0.95;
    private static final double VALUE_EN = 0.87;
    private static final double RELAXED_UK = 0.92;
    private static final double VALUE_UK = 0.82;
}
