package dev.kronika.cli;

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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A small JSON-over-HTTP client for the services' HTTP API. */
final class Http {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, JsonObject body) {
        boolean ok() {
            return status / 100 == 2;
        }

        String error() {
            JsonElement error = body.get("error");
            return error != null && error.isJsonObject() && error.getAsJsonObject().has("message")
                    ? error.getAsJsonObject().get("message").getAsString() : "HTTP " + status;
        }
    }

    Reply get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    Reply post(String url, JsonObject body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
    }

    Reply postBytes(String url, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject body;
        try {
            JsonElement parsed = JsonParser.parseString(response.body());
            body = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException notJson) {
            body = new JsonObject();
        }
        return new Reply(response.statusCode(), body);
    }

    /** Query string from repeated parameters; blank values are left out. */
    static String query(Map<String, List<String>> params) {
        return params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(v -> v != null && !v.isBlank())
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
