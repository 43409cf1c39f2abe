package dev.kronika.cli.e2e;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At-least-once, idempotent delivery: 1,000 generated articles are ingested while extract-service
 * and then query-service are killed with SIGKILL part way and restarted. Every article must end
 * INDEXED, and the knowledge store must hold each exactly once.
 */
class FaultToleranceTest {

    private static final int ARTICLES = 1000;
    private static final String[] LEADERS = {"Emmanuel Macron", "Olaf Scholz", "Donald Tusk", "Petr Fiala", "Robert Golob", "Rumen Radev"};
    private static final String[] CITIES = {"Paris", "Berlin", "Warsaw", "Prague", "Ljubljana", "Sofia"};

    @Test
    void everyArticleIsIndexedExactlyOnceDespiteCrashes() throws Exception {
        // The generated articles share a template, so many are near-duplicates: have them all extracted.
        Map<String, String> environment = Map.of("KRONIKA_INGEST_WORKERS", "4", "KRONIKA_INGEST_SKIP_NEAR_DUPLICATES", "false");
        try (KronikaCluster cluster = KronikaCluster.start(environment)) {
            Api api = new Api(cluster);
            for (int i = 0; i < ARTICLES; i++) {
                Api.Reply reply = api.submit(article(i));
                assertEquals(202, reply.status(), reply.body().toString());
            }
            awaitIndexed(api, 150, Duration.ofMinutes(5));
            cluster.kill(KronikaCluster.Service.EXTRACT);
            Thread.sleep(2000);
            cluster.restart(KronikaCluster.Service.EXTRACT, environment);
            awaitIndexed(api, 500, Duration.ofMinutes(5));
            cluster.kill(KronikaCluster.Service.QUERY);
            Thread.sleep(2000);
            cluster.restart(KronikaCluster.Service.QUERY, environment);
            awaitIndexed(api, ARTICLES, Duration.ofMinutes(10));

            JsonObject counts = api.get(KronikaCluster.Service.INGEST, "/v1/articles?page_size=1").body();
            assertEquals(ARTICLES, counts.get("indexed_count").getAsInt(), counts.toString());
            assertTrue(!counts.has("failed_count") || counts.get("failed_count").getAsInt() == 0, counts.toString());
            try (Connection db = DriverManager.getConnection(cluster.jdbcUrl(), "postgres", "postgres")) {
                assertEquals(ARTICLES, count(db, "select count(*) from query.article"));
                assertEquals(0, count(db, "select count(*) from (select article_id, start_offset, end_offset from query.mention "
                        + "group by 1, 2, 3 having count(*) > 1) twice"));
                assertEquals(0, count(db, "select count(*) from (select article_id, ordinal from query.event_source "
                        + "group by 1, 2 having count(*) > 1) twice"));
            }
        }
    }

    private static JsonObject article(int i) {
        String a = LEADERS[i % LEADERS.length];
        String b = LEADERS[(i / LEADERS.length + 1 + i) % LEADERS.length];
        if (a.equals(b)) {
            b = LEADERS[(i + 1) % LEADERS.length];
        }
        String city = CITIES[(i / 7) % CITIES.length];
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(i % 300);
        JsonObject article = new JsonObject();
        article.addProperty("text", a + " meets " + b + " in " + city + " (report " + i + ")\n\n"
                + a + " met " + b + " in " + city + " on Monday to discuss trade and security, officials said in report number " + i + ".\n\n"
                + "The two leaders agreed to speak by phone next month.");
        article.addProperty("published", published.toString());
        article.addProperty("external_id", "generated-" + i);
        return article;
    }

    private static void awaitIndexed(Api api, int target, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonObject counts = api.get(KronikaCluster.Service.INGEST, "/v1/articles?page_size=1").body();
            int indexed = counts.has("indexed_count") ? counts.get("indexed_count").getAsInt() : 0;
            if (indexed >= target) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + indexed + " of " + target + " articles indexed after " + timeout + ": " + counts);
            }
            Thread.sleep(250);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
