package dev.kronika.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Sends files or directories of articles to ingest-service, then waits until each is indexed,
 * showing progress with rate and ETA. A sidecar {@code FILE.meta.json} next to a file gives its
 * metadata with the API's field names (published, url, source, external_id, language, title).
 * Files that are not UTF-8 go as bytes for the service to decode; RSS and Atom files
 * ({@code .rss}, {@code .atom}, {@code .xml}) are imported as feeds, one article per item.
 */
@Command(name = "ingest", description = "Ingest text, HTML and RSS/Atom feed files and wait until they are indexed.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "files or directories (*.txt, *.html, *.htm; feeds *.rss, *.atom, *.xml)")
    List<Path> paths;

    @Option(names = "--published", description = "publication date for every file without a sidecar date (YYYY-MM-DD)")
    String published;

    @Option(names = "--language", description = "ISO 639-1 language hint")
    String language;

    @Option(names = "--source", description = "source or outlet name")
    String source;

    @Option(names = "--no-wait", description = "return once every article is accepted")
    boolean noWait;

    @Option(names = "--timeout", defaultValue = "1800", description = "seconds to wait for indexing (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Mixin
    Endpoints endpoints;

    private final Http http = new Http();

    @Override
    public Integer call() throws Exception {
        List<Path> files = collect();
        if (files.isEmpty()) {
            System.err.println("no article files found in " + paths);
            return 2;
        }
        Progress progress = new Progress("submitting", files.size());
        Map<String, Path> pending = new LinkedHashMap<>();
        int duplicates = 0;
        int rejected = 0;
        for (Path file : files) {
            if (isFeed(file)) {
                FeedOutcome feed = importFeed(file, progress);
                feed.accepted().forEach(id -> pending.put(id, file));
                duplicates += feed.duplicates();
                rejected += feed.refused();
                progress.advance();
                continue;
            }
            JsonObject body;
            try {
                body = submission(file);
            } catch (IOException | IllegalArgumentException e) {
                progress.note(file + ": " + e.getMessage());
                rejected++;
                progress.advance();
                continue;
            }
            Http.Reply reply = http.post(endpoints.ingest + "/v1/articles", body);
            if (!reply.ok()) {
                progress.note(file + ": " + reply.error());
                rejected++;
            } else if (reply.body().get("duplicate") != null && reply.body().get("duplicate").getAsBoolean()) {
                duplicates++;
            } else {
                pending.put(reply.body().get("id").getAsString(), file);
            }
            progress.advance();
        }
        progress.finish();
        Outcome outcome = new Outcome();
        if (!noWait && !pending.isEmpty()) {
            if (!waitIndexed(pending, outcome)) {
                return 1;
            }
        }
        int failed = outcome.failed;
        System.out.printf(Locale.ROOT, "ingested %d, near-duplicates linked %d, duplicates %d, failed %d, rejected %d in %.1f s%n",
                pending.size() - failed - outcome.linked, outcome.linked, duplicates, failed, rejected, progress.elapsedSeconds());
        return failed > 0 || rejected > 0 ? 1 : 0;
    }

    /** How the accepted articles ended: FAILED, or LINKED to an earlier near-duplicate. */
    private static final class Outcome {
        int failed;
        int linked;
    }

    /** Polls in submission order; false on timeout. */
    private boolean waitIndexed(Map<String, Path> pending, Outcome outcome) throws IOException, InterruptedException {
        Progress progress = new Progress("indexing", pending.size());
        List<String> ids = new ArrayList<>(pending.keySet());
        int next = 0;
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        while (next < ids.size()) {
            Http.Reply reply = http.get(endpoints.ingest + "/v1/articles/" + ids.get(next));
            String state = reply.ok() ? reply.body().get("state").getAsString() : "UNKNOWN";
            if (state.equals("INDEXED") || state.equals("FAILED") || state.equals("LINKED")) {
                if (state.equals("LINKED")) {
                    outcome.linked++;
                }
                if (state.equals("FAILED")) {
                    outcome.failed++;
                    JsonElement error = reply.body().get("error");
                    progress.note(pending.get(ids.get(next)) + " failed: " + (error == null ? "" : error.getAsString()));
                }
                next++;
                progress.advance();
                continue;
            }
            if (System.currentTimeMillis() > deadline) {
                progress.finish();
                System.err.println("timed out with " + (ids.size() - next) + " articles not yet indexed");
                return false;
            }
            Thread.sleep(200);
        }
        progress.finish();
        return true;
    }

    /** The ids of the feed's newly accepted items, and how many were duplicates or refused. */
    private record FeedOutcome(List<String> accepted, int duplicates, int refused) {
    }

    private FeedOutcome importFeed(Path file, Progress progress) throws IOException, InterruptedException {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("source", List.of(source == null ? "" : source));
        params.put("language", List.of(language == null ? "" : language));
        String query = Http.query(params);
        Http.Reply reply = http.postBytes(endpoints.ingest + "/v1/feeds/import" + (query.isEmpty() ? "" : "?" + query),
                Files.readAllBytes(file), "application/xml");
        if (!reply.ok()) {
            progress.note(file + ": " + reply.error());
            return new FeedOutcome(List.of(), 0, 1);
        }
        List<String> accepted = new ArrayList<>();
        int duplicates = 0;
        int refused = 0;
        for (JsonElement element : reply.body().getAsJsonArray("items")) {
            JsonObject item = element.getAsJsonObject();
            if (item.has("error")) {
                progress.note(file + " item " + item.get("link").getAsString() + ": " + item.get("error").getAsString());
                refused++;
            } else if (item.has("duplicate") && item.get("duplicate").getAsBoolean()) {
                duplicates++;
            } else {
                accepted.add(item.getAsJsonObject("article").get("id").getAsString());
            }
        }
        progress.note(file + ": feed with " + reply.body().getAsJsonArray("items").size() + " items");
        return new FeedOutcome(accepted, duplicates, refused);
    }

    private static boolean isFeed(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml");
    }

    private List<Path> collect() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(IngestCommand::isArticle).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
        }
        return files;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || isFeed(file);
    }

    /** UTF-8 files go as text or html; others as bytes with a media type, for the service to decode. */
    private JsonObject submission(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm");
        JsonObject body = new JsonObject();
        try {
            String content = dev.kronika.common.HttpErrors.decodeUtf8(bytes);
            boolean html = htmlName || content.stripLeading().regionMatches(true, 0, "<!doctype html", 0, 14);
            body.addProperty(html ? "html" : "text", content);
        } catch (IllegalArgumentException notUtf8) {
            body.addProperty("raw", java.util.Base64.getEncoder().encodeToString(bytes));
            body.addProperty("content_type", htmlName ? "text/html" : "text/plain");
        }
        Path sidecar = file.resolveSibling(file.getFileName() + ".meta.json");
        if (Files.exists(sidecar)) {
            JsonObject meta = JsonParser.parseString(Files.readString(sidecar)).getAsJsonObject();
            meta.entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
        }
        putIfAbsent(body, "published", published);
        putIfAbsent(body, "language", language);
        putIfAbsent(body, "source", source);
        putIfAbsent(body, "external_id", file.getFileName().toString());
        return body;
    }

    private static void putIfAbsent(JsonObject body, String field, String value) {
        if (value != null && !body.has(field)) {
            body.addProperty(field, value);
        }
    }
}
