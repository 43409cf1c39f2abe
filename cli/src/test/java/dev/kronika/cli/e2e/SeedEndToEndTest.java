package dev.kronika.cli.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end across the three services on embedded PostgreSQL: ingests the five seed articles with
 * their publication dates, then scores languages, titles, main text, mentions, identities,
 * furniture and the Putin-Lukashenko timeline against gold.json, printing a score table.
 */
class SeedEndToEndTest {

    private static KronikaCluster cluster;
    private static Api api;
    private static JsonObject gold;
    private static final Map<String, String> idByFile = new HashMap<>();

    @BeforeAll
    static void ingestSeeds() throws Exception {
        Path seeds = Path.of(System.getProperty("kronika.shared.dir", "../../shared")).resolve("seeds");
        assertTrue(Files.exists(seeds.resolve("gold.json")), "the seed articles are missing: expected " + seeds
                + " (clone the project beside ../shared)");
        gold = JsonParser.parseString(Files.readString(seeds.resolve("gold.json"))).getAsJsonObject();
        cluster = KronikaCluster.start(Map.of());
        api = new Api(cluster);
        for (JsonElement element : gold.getAsJsonArray("documents")) {
            JsonObject doc = element.getAsJsonObject();
            String file = doc.get("file").getAsString();
            JsonObject article = new JsonObject();
            article.addProperty("text", Files.readString(seeds.resolve(file)));
            article.addProperty("published", doc.get("published").getAsString());
            article.addProperty("external_id", file);
            article.addProperty("source", "seeds");
            Api.Reply reply = api.submit(article);
            assertEquals(202, reply.status(), "submitting " + file + ": " + reply.body());
            idByFile.put(file, reply.body().get("id").getAsString());
        }
        List<String> failed = api.awaitProcessed(new ArrayList<>(idByFile.values()), Duration.ofMinutes(5));
        assertTrue(failed.isEmpty(), "articles failed: " + failed);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void seedsScoreAtLeastTheBarReachedSoFar() throws Exception {
        SeedScorer scorer = new SeedScorer(gold);
        Map<String, String> fileOfArticle = new HashMap<>();
        for (JsonElement element : gold.getAsJsonArray("documents")) {
            JsonObject doc = element.getAsJsonObject();
            String id = idByFile.get(doc.get("file").getAsString());
            fileOfArticle.put("articles/" + id, doc.get("file").getAsString());
            scorer.scoreDocument(doc, api.annotations(id));
        }
        scorer.scoreIdentities();
        String putin = scorer.idOf("putin") != null ? scorer.idOf("putin") : "Putin";
        String lukashenko = scorer.idOf("lukashenko") != null ? scorer.idOf("lukashenko") : "Lukashenko";
        Api.Reply events = api.get(KronikaCluster.Service.QUERY, "/v1/events?type=CONSULT&page_size=100&actor=" + Api.param(putin)
                + "&actor=" + Api.param(lukashenko));
        assertEquals(200, events.status(), events.body().toString());
        JsonArray list = events.body().has("events") ? events.body().getAsJsonArray("events") : new JsonArray();
        scorer.scoreEvents(list, fileOfArticle);
        // The gold timeline is the CONSULT family; other PLOVER types between the two are reported, not scored.
        Api.Reply all = api.get(KronikaCluster.Service.QUERY, "/v1/events?page_size=100&actor=" + Api.param(putin)
                + "&actor=" + Api.param(lukashenko));
        System.out.println("events of other PLOVER types between the two: "
                + (all.body().getAsJsonArray("events").size() - list.size()));

        System.out.println("\n=== Seed score (../shared/seeds/gold.json) ===");
        scorer.lines().forEach(System.out::println);
        System.out.println("--- totals");
        for (String kind : List.of("language", "title", "body", "mentions", "identity", "must_not_extract", "events", "extra_events")) {
            System.out.printf(Locale.ROOT, "%-18s %-8s %5.1f%%%n", kind, scorer.score(kind), 100 * scorer.score(kind).ratio());
        }

        // The bar reached so far; raise it as the stages improve (the goal is every item).
        assertAtLeast(scorer, "language", 1.0);
        assertAtLeast(scorer, "title", 1.0);
        assertAtLeast(scorer, "body", 1.0);
        // 113/115 measured: "Беларус" inside the channel name "Беларус-1" (see SeedEntitiesTest).
        assertAtLeast(scorer, "mentions", 0.98);
        assertAtLeast(scorer, "identity", 1.0);
        assertAtLeast(scorer, "must_not_extract", 1.0);
        assertAtLeast(scorer, "events", 1.0);
        assertAtLeast(scorer, "extra_events", 1.0);
    }

    private static void assertAtLeast(SeedScorer scorer, String kind, double bar) {
        assertTrue(scorer.score(kind).ratio() >= bar, kind + " scored " + scorer.score(kind) + ", below the bar " + bar);
    }
}
