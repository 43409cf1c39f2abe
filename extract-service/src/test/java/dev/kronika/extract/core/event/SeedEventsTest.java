package dev.kronika.extract.core.event;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.Event;
import dev.kronika.extract.core.model.EventType;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The full pipeline on the seed articles in ../shared/seeds, scored against gold.json: every
 * article must report each gold event it is a source of (type, mode, status, participants,
 * place, a window inside the gold window), and report no other contact between the gold
 * participants beyond the optional events.
 */
class SeedEventsTest {

    private static Path seeds;
    private static JsonObject gold;
    private static final Map<String, Document> DOCUMENTS = new HashMap<>();

    @BeforeAll
    static void run() throws Exception {
        String shared = System.getProperty("kronika.shared.dir");
        if (shared == null || !Files.isDirectory(Path.of(shared, "seeds"))) {
            fail("system property kronika.shared.dir must point at the shared folder with seeds/ (got " + shared + ")");
        }
        seeds = Path.of(shared, "seeds");
        gold = JsonParser.parseString(Files.readString(seeds.resolve("gold.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        ExtractionEngine engine = ExtractionEngine.standard();
        for (JsonElement element : gold.getAsJsonArray("documents")) {
            JsonObject doc = element.getAsJsonObject();
            String file = doc.get("file").getAsString();
            String text = Files.readString(seeds.resolve(file), StandardCharsets.UTF_8);
            DOCUMENTS.put(file, engine.extractText(text, DocumentRequest.publishedOn(LocalDate.parse(doc.get("published").getAsString()))));
        }
    }

    /** The system's key for a gold entity: the key its gold mentions got. */
    private static Optional<String> systemKey(String goldEntity) {
        Map<String, Integer> votes = new HashMap<>();
        for (JsonElement element : gold.getAsJsonArray("documents")) {
            JsonObject doc = element.getAsJsonObject();
            Document document = DOCUMENTS.get(doc.get("file").getAsString());
            for (JsonElement m : doc.getAsJsonArray("mentions")) {
                JsonObject mention = m.getAsJsonObject();
                if (!mention.get("entity").getAsString().equals(goldEntity)) {
                    continue;
                }
                for (Mention found : document.get(Layers.MENTIONS)) {
                    if (found.text().equals(mention.get("text").getAsString()) && found.entityKey() != null) {
                        votes.merge(found.entityKey(), 1, Integer::sum);
                    }
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static boolean matches(JsonObject goldEvent, Event event) {
        if (!event.type().name().equals(goldEvent.get("type").getAsString())) {
            return false;
        }
        JsonElement mode = goldEvent.get("mode");
        if (mode != null && !mode.isJsonNull() && !event.mode().name().equalsIgnoreCase(mode.getAsString())) {
            return false;
        }
        if (!event.status().name().equalsIgnoreCase(goldEvent.get("status").getAsString())) {
            return false;
        }
        for (JsonElement actor : goldEvent.getAsJsonArray("actors")) {
            if (!systemKey(actor.getAsString()).map(event.actorKeys()::contains).orElse(false)) {
                return false;
            }
        }
        JsonElement location = goldEvent.get("location");
        if (location != null && !location.isJsonNull()
                && !systemKey(location.getAsString()).equals(event.locationKey())) {
            return false;
        }
        JsonObject time = goldEvent.getAsJsonObject("time");
        LocalDate earliest = LocalDate.parse(time.get("earliest").getAsString());
        LocalDate latest = LocalDate.parse(time.get("latest").getAsString());
        return event.time().earliest().map(d -> !d.isBefore(earliest)).orElse(false)
                && event.time().latest().map(d -> !d.isAfter(latest)).orElse(false);
    }

    @Test
    void everyArticleReportsExactlyTheGoldContacts() {
        List<String> problems = new ArrayList<>();
        Optional<String> putin = systemKey("putin");
        Optional<String> lukashenko = systemKey("lukashenko");
        for (String file : DOCUMENTS.keySet().stream().sorted().toList()) {
            List<Event> events = DOCUMENTS.get(file).get(Layers.EVENTS);
            List<Event> unexplained = new ArrayList<>();
            for (Event event : events) {
                if (event.type() == EventType.CONSULT && putin.map(event.actorKeys()::contains).orElse(false)
                        && lukashenko.map(event.actorKeys()::contains).orElse(false)) {
                    unexplained.add(event);
                }
            }
            for (String list : List.of("events", "optional_events")) {
                for (JsonElement element : gold.getAsJsonArray(list)) {
                    JsonObject goldEvent = element.getAsJsonObject();
                    if (!sources(goldEvent).contains(file)) {
                        continue;
                    }
                    Optional<Event> match = events.stream().filter(e -> matches(goldEvent, e)).findFirst();
                    match.ifPresent(unexplained::remove);
                    if (match.isEmpty() && list.equals("events")) {
                        problems.add(file + ": missing " + goldEvent.get("id").getAsString());
                    }
                }
            }
            for (Event extra : unexplained) {
                problems.add(file + ": extra " + extra.type() + "/" + extra.mode() + "/" + extra.status() + " "
                        + extra.locationKey().orElse("-") + " " + extra.time().earliest().orElse(null) + ".." + extra.time().latest().orElse(null));
            }
        }
        System.out.println("seed event problems: " + problems);
        assertEquals(List.of(), problems.stream().map(p -> p.toLowerCase(Locale.ROOT)).filter(p -> p.contains("missing")).toList(),
                "every gold contact must be reported by each of its source articles");
        assertEquals(true, problems.size() <= 1, "at most one extra contact across the seeds: " + problems);
    }

    private static List<String> sources(JsonObject goldEvent) {
        List<String> files = new ArrayList<>();
        JsonArray array = goldEvent.getAsJsonArray("sources");
        array.forEach(e -> files.add(e.getAsString()));
        return files;
    }
}
