package dev.kronika.extract.core.event;

import dev.kronika.extract.bench.EventBenchmark.MultilingualSet;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layers;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multilingual event set (own sentences with hand-placed entity and time layers): every row's
 * events come out exactly as expected, and the set covers every contact mode and every status in
 * every supported language.
 */
class MultilingualEventSetTest {

    private static final EventExtractionStage STAGE = new EventExtractionStage();

    private static List<MultilingualSet.Row> rows() throws Exception {
        return MultilingualSet.read(Path.of(MultilingualEventSetTest.class.getResource("/event/multilingual-events.tsv").toURI()));
    }

    @Test
    void everyRowGivesTheExpectedEvents() throws Exception {
        List<String> failures = new ArrayList<>();
        for (MultilingualSet.Row row : rows()) {
            Document document = row.document();
            STAGE.process(document);
            String failure = row.check(document.get(Layers.EVENTS));
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void setCoversEveryModeAndStatusInEveryLanguage() throws Exception {
        Map<String, Set<String>> seen = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (MultilingualSet.Row row : rows()) {
            counts.merge(row.language(), 1, Integer::sum);
            for (String expectation : row.expected().split("\\s*\\|\\s*")) {
                String[] head = expectation.strip().split("\\s+")[0].split("/");
                if (head.length == 3) {
                    seen.computeIfAbsent(row.language(), k -> new java.util.HashSet<>()).add(head[1]);
                    seen.get(row.language()).add(head[2]);
                }
            }
        }
        List<String> required = List.of("PHONE", "VISIT", "MEET", "MULTILATERAL",
                "OCCURRED", "PLANNED", "ONGOING", "CANCELLED", "DENIED", "HYPOTHETICAL");
        for (String language : EventExtractionStage.LANGUAGES) {
            assertTrue(counts.getOrDefault(language, 0) >= 5, language + ": fewer than 5 rows");
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(seen.getOrDefault(language, Set.of()));
            assertEquals(List.of(), missing, language + ": modes or statuses without a row");
        }
    }

    @Test
    void lexiconsOfAllLanguagesLoad() {
        for (String language : EventExtractionStage.LANGUAGES) {
            assertTrue(EventLexicon.load(language).isPresent(), "no lexicon for " + language);
            assertTrue(EventLexicon.load(language).get().triggers().size() > 20, "too few triggers for " + language);
        }
        assertTrue(EnumSet.allOf(Cue.class).size() > 0);
    }
}
