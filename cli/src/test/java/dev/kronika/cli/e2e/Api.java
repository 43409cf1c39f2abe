package dev.kronika.cli.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The HTTP API as tests use it. */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KronikaCluster cluster;

    public Api(KronikaCluster cluster) {
        this.cluster = cluster;
    }

    public record Reply(int status, JsonObject body) {
    }

    public Reply submit(JsonObject article) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(cluster.url(KronikaCluster.Service.INGEST) + "/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article.toString(), StandardCharsets.UTF_8)).build());
    }

    public JsonObject article(String id) throws IOException, InterruptedException {
        return get(KronikaCluster.Service.INGEST, "/v1/articles/" + id).body();
    }

    public JsonObject annotations(String id) throws IOException, InterruptedException {
        return get(KronikaCluster.Service.QUERY, "/v1/articles/" + id + "/annotations").body().getAsJsonObject("article");
    }

    public Reply get(KronikaCluster.Service service, String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(cluster.url(service) + pathAndQuery)).GET().build());
    }

    public static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Waits until every article is INDEXED, LINKED (to a near-duplicate) or FAILED; returns the ids that FAILED. */
    public List<String> awaitProcessed(List<String> ids, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        java.util.ArrayList<String> failed = new java.util.ArrayList<>();
        for (String id : ids) {
            while (true) {
                String state = article(id).get("state").getAsString();
                if (state.equals("INDEXED") || state.equals("LINKED")) {
                    break;
                }
                if (state.equals("FAILED")) {
                    failed.add(id);
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("article " + id + " still " + state + " after " + timeout);
                }
                Thread.sleep(100);
            }
        }
        return failed;
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonElement body;
        try {
            body = JsonParser.parseString(response.body());
        } catch (RuntimeException e) {
            body = new JsonObject();
        }
        return new Reply(response.statusCode(), body.isJsonObject() ? body.getAsJsonObject() : new JsonObject());
    }
}
