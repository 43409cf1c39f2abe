package dev.kronika.extract.core.content;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Quality test on the five seed articles in {@code ../shared/seeds}: the title and every
 * body_must_contain / body_must_not_contain condition of gold.json must hold.
 */
class SeedMainTextTest {

    private final MainTextStage stage = new MainTextStage();

    static Path seeds() {
        String shared = System.getProperty("kronika.shared.dir", "../shared");
        Path dir = Path.of(shared).resolve("seeds");
        if (!Files.isRegularFile(dir.resolve("gold.json"))) {
            fail("seed articles not found at " + dir.toAbsolutePath() + " (set -Dkronika.shared.dir to the shared directory)");
        }
        return dir;
    }

    /** Whitespace-insensitive form: the seeds use no-break spaces where gold.json has plain ones. */
    private static String spaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F\\u2007]+", " ").strip();
    }

    @Test
    void everySeedKeepsItsArticleAndDropsItsFurniture() throws IOException {
        Path dir = seeds();
        JsonObject gold = JsonParser.parseString(Files.readString(dir.resolve("gold.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        List<String> failures = new ArrayList<>();
        for (JsonElement element : gold.getAsJsonArray("documents")) {
            JsonObject expected = element.getAsJsonObject();
            String file = expected.get("file").getAsString();
            Document document = Document.of(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
            stage.process(document);
            Content content = document.get(Layers.CONTENT);

            String title = content.title().map(span -> spaces(document.text(span))).orElse(null);
            JsonElement expectedTitle = expected.get("title");
            String wanted = expectedTitle == null || expectedTitle.isJsonNull() ? null : spaces(expectedTitle.getAsString());
            if (wanted == null ? title != null : !wanted.equals(title)) {
                failures.add(file + ": title was " + title + ", expected " + wanted);
            }
            List<String> parts = new ArrayList<>();
            for (Span span : content.body()) {
                parts.add(spaces(document.text(span)));
            }
            String body = String.join(" ", parts);
            for (JsonElement must : expected.getAsJsonArray("body_must_contain")) {
                if (!body.contains(spaces(must.getAsString()))) {
                    failures.add(file + ": body lacks '" + must.getAsString() + "'");
                }
            }
            for (JsonElement mustNot : expected.getAsJsonArray("body_must_not_contain")) {
                String furniture = spaces(mustNot.getAsString());
                if (parts.stream().anyMatch(part -> part.contains(furniture)) || title != null && title.contains(furniture)) {
                    failures.add(file + ": main text contains '" + mustNot.getAsString() + "'");
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
