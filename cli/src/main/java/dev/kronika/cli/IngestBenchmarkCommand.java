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
        int linked = 0;
        for (String id : ids) {
            while (true) {
                String state = http.get(endpoints.ingest + "/v1/articles/" + id).body().get("state").getAsString();
                if (state.equals("INDEXED") || state.equals("FAILED")) {
                    break;
                }
                if (state.equals("LINKED")) {
                    linked++;
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
        if (linked > 0) {
            System.out.printf(Locale.ROOT, "warning: %d of %d articles were near-duplicates, linked instead of extracted; "
                    + "the throughput below overstates extraction (use distinct articles)%n", linked, articles);
        }
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

    private static final String[] LEADERS = {"Emmanuel Macron", "Olaf Scholz", "Donald Tusk", "Petr Fiala", "Robert Golob",
            "Rumen Radev", "Giorgia Meloni", "Pedro Sánchez", "Mark Rutte", "Ursula von der Leyen"};
    private static final String[] CITIES = {"Paris", "Berlin", "Warsaw", "Prague", "Ljubljana", "Sofia", "Rome", "Madrid", "Brussels", "Vienna"};
    private static final String[] SENTENCES = {
            "%1$s met %2$s in %3$s on Monday.",
            "The two leaders discussed trade, energy and security for about %4$d minutes.",
            "%2$s said after the talks that both governments would coordinate their positions before the summit.",
            "They agreed to speak by phone next month.",
            "Officials said the meeting in %3$s had been planned for weeks.",
            "%1$s arrived in %3$s on Sunday evening for a two-day visit.",
            "According to a statement, the ministers of finance will meet in %4$d days to prepare an agreement.",
            "Protesters gathered outside the venue, but the police reported no incidents.",
            "%2$s thanked %1$s for the support of his government in the negotiations.",
            "Both sides signed a memorandum on cooperation in research and transport.",
            "The talks were described by a spokesperson as constructive and open.",
            "A joint press conference was cancelled at short notice.",
            "Analysts expect %4$d new projects to follow the visit.",
            "%1$s will travel to Brussels on Thursday for a meeting of the European Council.",
            "The leaders also talked about the situation in Ukraine and the Middle East.",
            "Journalists were not allowed to ask questions after the statements.",
            "The visit is the first by %1$s to %3$s since %5$d.",
            "Negotiations on the new budget are expected to last until the end of the year.",
            "Representatives of business associations took part in the second part of the meeting.",
            "A further round of consultations is planned for the autumn."};

    /** An article whose sentences are drawn at random, so that generated articles are not near-duplicates of each other. */
    private static String generated(int i) {
        java.util.Random random = new java.util.Random(i);
        String a = LEADERS[random.nextInt(LEADERS.length)];
        String b = LEADERS[random.nextInt(LEADERS.length)];
        while (b.equals(a)) {
            b = LEADERS[random.nextInt(LEADERS.length)];
        }
        String city = CITIES[random.nextInt(CITIES.length)];
        List<String> pool = new ArrayList<>(Arrays.asList(SENTENCES));
        java.util.Collections.shuffle(pool.subList(1, pool.size()), random);
        StringBuilder text = new StringBuilder(a + " meets " + b + " in " + city + "\n\n");
        for (String sentence : pool.subList(0, 6)) {
            text.append(String.format(Locale.ROOT, sentence, a, b, city, 10 + random.nextInt(80), 1995 + random.nextInt(25))).append(' ');
        }
        return text.toString().strip();
    }
}
