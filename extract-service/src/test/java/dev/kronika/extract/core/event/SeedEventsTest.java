package dev.kronika.extract.core.event;

import dev.kronika.extract.bench.EventBenchmark.SeedScorer;
import dev.kronika.extract.core.ExtractionEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The full standard pipeline on the seed articles in ../shared/seeds, scored per article against
 * gold.json: each article reports every gold event it is a source of (type, mode, status,
 * participants, place, a window inside the gold window), and no other contact between the gold
 * participants beyond the optional events.
 */
class SeedEventsTest {

    @Test
    void everyArticleReportsExactlyTheGoldContacts() throws Exception {
        String shared = System.getProperty("kronika.shared.dir");
        if (shared == null || !Files.isRegularFile(Path.of(shared, "seeds", "gold.json"))) {
            fail("system property kronika.shared.dir must point at the shared folder with seeds/gold.json (got " + shared + ")");
        }
        SeedScorer.Result result = SeedScorer.run(Path.of(shared, "seeds"), ExtractionEngine.standard());
        System.out.println(result.table());
        assertEquals(List.of(), result.problems().stream().filter(p -> p.contains(": missing ")).toList(),
                "every gold contact must be reported by each of its source articles");
        assertTrue(result.problems().size() <= 1, "at most one extra contact across the seeds: " + result.problems());
    }
}
