package dev.kronika.extract.core.ner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed articles of ../shared/seeds through the standard pipeline: every listed mention found
 * in the main text with its type and lemma, one entity key per gold entity across the five
 * articles, nothing from the furniture-only names. Asserts the measured level (see the report
 * printed) so that regressions fail; the goal is every listed mention.
 */
class SeedEntitiesTest {

    @Test
    void seedMentionsLemmasAndEntityGrouping() throws Exception {
        Path seeds = Path.of(System.getProperty("kronika.shared.dir", "../../shared"), "seeds");
        assertTrue(Files.isRegularFile(seeds.resolve("gold.json")),
                "seed data missing: expected " + seeds.resolve("gold.json") + " (set -Dkronika.shared.dir)");
        JsonObject gold = JsonParser.parseString(Files.readString(seeds.resolve("gold.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject entities = gold.getAsJsonObject("entities");
        ExtractionEngine engine = ExtractionEngine.standard();

        int occurrences = 0;
        int found = 0;
        int lemmaRight = 0;
        int furnitureHits = 0;
        Map<String, Set<String>> keysOfEntity = new HashMap<>();
        List<String> misses = new ArrayList<>();
        for (JsonElement element : gold.getAsJsonArray("documents")) {
            JsonObject doc = element.getAsJsonObject();
            String file = doc.get("file").getAsString();
            String text = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8);
            Document d = engine.extractText(text, DocumentRequest.publishedOn(LocalDate.parse(doc.get("published").getAsString())));
            Map<Span, Mention> bySpan = new HashMap<>();
            for (Mention m : d.get(Layers.MENTIONS)) {
                bySpan.put(m.span(), m);
            }
            List<Span> claimed = new ArrayList<>();
            List<JsonObject> listed = new ArrayList<>();
            doc.getAsJsonArray("mentions").forEach(m -> listed.add(m.getAsJsonObject()));
            // Longer forms first: "Putin" inside "Władimir Putin" belongs to the longer mention.
            listed.sort((a, b) -> b.get("text").getAsString().length() - a.get("text").getAsString().length());
            for (JsonObject m : listed) {
                String entity = m.get("entity").getAsString();
                EntityType type = EntityType.valueOf(entities.getAsJsonObject(entity).get("type").getAsString());
                for (Span span : occurrences(text, m.get("text").getAsString())) {
                    if (!d.inMainText(span) || claimed.stream().anyMatch(c -> c.overlaps(span))) {
                        continue;
                    }
                    claimed.add(span);
                    occurrences++;
                    Mention sys = bySpan.get(span);
                    if (sys != null && sys.type() == type) {
                        found++;
                        keysOfEntity.computeIfAbsent(entity, k -> new HashSet<>()).add(sys.entityKey());
                        if (sys.lemma().equals(m.get("lemma").getAsString())) {
                            lemmaRight++;
                        } else {
                            misses.add(file + " lemma " + sys.text() + " -> " + sys.lemma() + " (gold " + m.get("lemma").getAsString() + ")");
                        }
                    } else {
                        misses.add(file + " missed " + m.get("text").getAsString() + " " + type + (sys == null ? "" : " (found as " + sys.type() + ")"));
                    }
                }
            }
            JsonArray forbidden = doc.getAsJsonArray("must_not_extract");
            for (JsonElement f : forbidden) {
                for (Span span : occurrences(text, f.getAsString())) {
                    for (Mention m : d.get(Layers.MENTIONS)) {
                        if (m.span().overlaps(span)) {
                            furnitureHits++;
                            misses.add(file + " furniture name extracted: " + m.text());
                        }
                    }
                }
            }
        }
        int groupedRight = 0;
        Map<String, String> ownerOfKey = new HashMap<>();
        Set<String> sharedKeys = new HashSet<>();
        for (Map.Entry<String, Set<String>> e : keysOfEntity.entrySet()) {
            if (e.getValue().size() == 1) {
                groupedRight++;
            } else {
                misses.add("entity " + e.getKey() + " split over keys " + e.getValue());
            }
            for (String key : e.getValue()) {
                String previous = ownerOfKey.putIfAbsent(key, e.getKey());
                if (previous != null && !previous.equals(e.getKey())) {
                    sharedKeys.add(key);
                }
            }
        }
        double recall = (double) found / occurrences;
        double lemmaAccuracy = found == 0 ? 0 : (double) lemmaRight / found;
        double grouping = keysOfEntity.isEmpty() ? 0 : (double) groupedRight / keysOfEntity.size();
        System.out.printf("seeds: %d listed occurrences, found %.3f, lemma %.3f, entities with one key %d/%d, keys shared by two entities %s, furniture hits %d%n",
                occurrences, recall, lemmaAccuracy, groupedRight, keysOfEntity.size(), sharedKeys, furnitureHits);
        misses.forEach(line -> System.out.println("  " + line));
        // Measured 2026-11-22 with the bundled knowledge base: recall 0.984, lemma 1.000, 19/19 entities with one key.
        // Measured 113/115 (0.983): "Беларус" inside the channel name "Беларус-1" in 001 is counted by
        // the gold's text matching, while the recogniser reads "Беларус-1" as one name.
        assertTrue(recall >= 0.98, "seed mention recall " + recall);
        assertTrue(lemmaAccuracy >= 0.97, "seed lemma accuracy " + lemmaAccuracy);
        assertEquals(keysOfEntity.size(), groupedRight, "gold entities split over several keys");
        assertTrue(sharedKeys.isEmpty(), "keys shared by different gold entities: " + sharedKeys);
    }

    /** Occurrences of a listed form; a space in it stands for any whitespace. */
    private static List<Span> occurrences(String text, String form) {
        String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(form).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])";
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<Span> out = new ArrayList<>();
        while (matcher.find()) {
            out.add(new Span(matcher.start(), matcher.end()));
        }
        return out;
    }
}
