package dev.kronika.cli;

import com.google.gson.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Measures sustained end-to-end throughput (articles per second from submission until indexed)
 * and the latency of the events query, against running services.
 */
@Command(name = "bench-ingest", description = "End-to-end ingest throughput and events-query latency against running services.")
final class IngestBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "500", description = "articles to submit (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--corpus", description = "a directory of *.txt articles to cycle through instead of generated ones")
    Path corpus;

    @Option(names = "--queries", defaultValue = "200", description = "events queries to time (default: ${DEFAULT-VALUE})")
    int queries;

    @Mixin
    Endpoints endpoints;

    @Override
    public Integer call() throws Exception {
        Http http = new Http();
        List<String> texts = corpus == null ? List.of() : readCorpus(corpus);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        List<String> ids = new ArrayList<>();
        long words = 0;
        for (int i = 0; i < articles; i++) {
            String text = texts.isEmpty() ? generated(i) : texts.get(i % texts.size());
            JsonObject body = new JsonObject();
            body.addProperty("text", text + "\n\n(benchmark " + run + " #" + i + ")");
            body.addProperty("published", LocalDate.of(2025, 1, 1).plusDays(i % 365).toString());
            Http.Reply reply = http.post(endpoints.ingest + "/v1/articles", body);
            if (!reply.ok()) {
                System.err.println("submission refused: " + reply.error());
                return 1;
            }
            ids.add(reply.body().get("id").getAsString());
            words += text.split("\\s+").length;
        }
        double submitSeconds = (System.nanoTime() - start) / 1e9;
        for (String id : ids) {
            while (true) {
                String state = http.get(endpoints.ingest + "/v1/articles/" + id).body().get("state").getAsString();
                if (state.equals("INDEXED") || state.equals("FAILED")) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        long[] latencies = new long[queries];
        String[] pairs = {"actor=Macron&actor=Scholz", "actor=Tusk", "actor=Fiala&type=CONSULT", "actor=Radev&from=2025-03-01&to=2025-06-30"};
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            http.get(endpoints.query + "/v1/events?page_size=50&" + pairs[i % pairs.length]);
            latencies[i] = System.nanoTime() - t;
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "articles %d (%d words), submitted in %.1f s, all indexed after %.1f s%n", articles, words, submitSeconds, totalSeconds);
        System.out.printf(Locale.ROOT, "end-to-end throughput  %.1f articles/s  (%.0f words/s)%n", articles / totalSeconds, words / totalSeconds);
        if (queries > 0) {
            System.out.printf(Locale.ROOT, "events query latency   p50 %.1f ms  p95 %.1f ms  max %.1f ms over %d queries%n",
                    latencies[queries / 2] / 1e6, latencies[(int) (queries * 0.95)] / 1e6, latencies[queries - 1] / 1e6, queries);
        }
        return 0;
    }

    private static List<String> readCorpus(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            if (texts.isEmpty()) {
                throw new IllegalArgumentException("no files in " + directory);
            }
            return texts;
        }
    }

    private static String generated(int i) {
        String[] leaders = {"Emmanuel Macron", "Olaf Scholz", "Donald Tusk", "Petr Fiala", "Robert Golob", "Rumen Radev"};
        String[] cities = {"Paris", "Berlin", "Warsaw", "Prague", "Ljubljana", "Sofia"};
        String a = leaders[i % leaders.length];
        String b = leaders[(i + 1 + i / leaders.length % (leaders.length - 1)) % leaders.length];
        String city = cities[i / 3 % cities.length];
        return a + " meets " + b + " in " + city + "\n\n" + a + " met " + b + " in " + city
                + " on Monday. The two leaders discussed trade, energy and security, and agreed to speak by phone next month. "
                + "Officials from both governments said the talks were constructive and that further meetings were planned.";
    }
}
