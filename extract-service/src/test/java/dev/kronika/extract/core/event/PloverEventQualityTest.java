package dev.kronika.extract.core.event;

import dev.kronika.extract.bench.EventBenchmark;
import dev.kronika.extract.core.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event typing on the PLOVER gold-standard sentences (English news, read from
 * {@code ../shared/corpora/plover-gsr}), with capitalised word sequences standing in for entity
 * mentions so that the test needs no model: the main event's type and the actors must stay at
 * the measured level (type accuracy 0.80, actor F1 0.63 when this test was written).
 */
class PloverEventQualityTest {

    private static final double MIN_TYPE_ACCURACY = 0.77;
    private static final double MIN_ACTOR_F1 = 0.60;

    @Test
    void mainEventTypeAndActorsMatchThePloverGoldStandard() throws Exception {
        Path shared = Path.of(System.getProperty("kronika.shared.dir", "../shared"));
        Path gold = shared.resolve("corpora/plover-gsr/PLOVER_GSR_CAMEO.txt");
        assertTrue(Files.exists(gold), "system property kronika.shared.dir must point at the shared folder with " + gold
                + " (got " + shared.toAbsolutePath() + ")");
        EventExtractionStage stage = new EventExtractionStage();
        EventBenchmark.PloverScore score = EventBenchmark.PloverGold.score(gold, "capitalised word sequences", (text, date) -> {
            Document document = EventBenchmark.DocumentBuilder.of("en", date, text).capitalisedMentions().build();
            stage.process(document);
            return document;
        });
        assertTrue(score.typeAccuracy() >= MIN_TYPE_ACCURACY, "type accuracy " + score.typeAccuracy() + "\n" + score.table());
        assertTrue(score.actorF1() >= MIN_ACTOR_F1, "actor F1 " + score.actorF1() + "\n" + score.table());
    }
}
