package dev.kronika.extract.bench;

import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.pipeline.Stage;
import dev.kronika.extract.core.text.Tokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whole-pipeline throughput of the extraction core ({@link ExtractionEngine#standard()}: main text,
 * language, segmentation, time, NER, linking, events) on one thread, over a multilingual sample of
 * real news: SlavicNER raw documents (bg cs pl ru sl uk, every topic) and TimeBank texts (en).
 * After warm-up passes it measures tokens per second of the thread's CPU time (tokens as the project's
 * {@link Tokenizer} counts them), documents per second, and each stage's share of the time.
 *
 * <p>Arguments: {@code [--per-language N] [--rounds R] [--warmup W]} (defaults 60, 2, 2).
 * Reads {@code ../shared} or {@code -Dkronika.shared.dir}.
 */
public final class PipelineBenchmark {

    private static final List<String> SLAVIC = List.of("bg", "cs", "pl", "ru", "sl", "uk");

    record Sample(String language, String text, DocumentRequest request, int tokens) {
    }

    public static void main(String[] args) {
        int perLanguage = intArg(args, "--per-language", 60);
        int rounds = intArg(args, "--rounds", 2);
        int warmup = intArg(args, "--warmup", 2);
        Path shared = Path.of(System.getProperty("kronika.shared.dir", "../shared"));
        List<Sample> samples = sample(shared, perLanguage);
        if (samples.isEmpty()) {
            System.err.println("no corpus documents found under " + shared.toAbsolutePath().resolve("corpora"));
            System.exit(1);
        }
        long loadStart = System.nanoTime();
        ExtractionEngine engine = ExtractionEngine.standard();
        long loadNanos = System.nanoTime() - loadStart;
        for (int i = 0; i < warmup; i++) {
            run(engine, samples, new LinkedHashMap<>());
        }
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            run(engine, samples, stageNanos);
        }
        long wall = System.nanoTime() - wallStart;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.println(table(samples, rounds, wall, cpu, loadNanos, stageNanos));
    }

    /**
     * Runs every sample once, adding each stage's CPU time (read when the engine reports the stage
     * done) to {@code stageNanos}: on a shared machine wall time counts other processes' work too.
     */
    private static void run(ExtractionEngine engine, List<Sample> samples, Map<String, Long> stageNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] last = new long[1];
        for (Sample sample : samples) {
            last[0] = threads.getCurrentThreadCpuTime();
            engine.extractText(sample.text(), sample.request(), (Stage stage, long nanos) -> {
                long now = threads.getCurrentThreadCpuTime();
                stageNanos.merge(stage.name(), now - last[0], Long::sum);
                last[0] = now;
            });
        }
    }

    static String table(List<Sample> samples, int rounds, long wall, long cpu, long loadNanos, Map<String, Long> stageNanos) {
        long tokens = (long) rounds * samples.stream().mapToLong(Sample::tokens).sum();
        long chars = (long) rounds * samples.stream().mapToLong(s -> s.text().length()).sum();
        long documents = (long) rounds * samples.size();
        Map<String, int[]> perLanguage = new java.util.TreeMap<>();
        samples.forEach(s -> {
            int[] c = perLanguage.computeIfAbsent(s.language(), k -> new int[2]);
            c[0]++;
            c[1] += s.tokens();
        });
        StringBuilder out = new StringBuilder("Whole extraction pipeline (ExtractionEngine.standard()), one thread, after warm-up\n");
        out.append("  sample (documents / tokens per pass):");
        perLanguage.forEach((lang, c) -> out.append(String.format(Locale.ROOT, " %s %d/%d", lang, c[0], c[1])));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "  passes measured                : %d (%d documents, %,d tokens, %,d chars)%n", rounds, documents, tokens, chars));
        out.append(String.format(Locale.ROOT, "  engine load time               : %.1f s%n", loadNanos / 1e9));
        out.append(String.format(Locale.ROOT, "  wall time / CPU time           : %.2f s / %.2f s%n", wall / 1e9, cpu / 1e9));
        out.append(String.format(Locale.ROOT, "  tokens per second per core     : %,.0f (CPU time; %,.0f by wall time)%n", tokens / (cpu / 1e9), tokens / (wall / 1e9)));
        out.append(String.format(Locale.ROOT, "  documents per second per core  : %.1f (CPU time; %.1f by wall time)%n", documents / (cpu / 1e9), documents / (wall / 1e9)));
        out.append(String.format(Locale.ROOT, "  mean per document              : %.1f ms CPU, %d tokens%n", cpu / 1e6 / documents, tokens / documents));
        long staged = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        out.append("  per-stage share of pipeline CPU time (ms per document, share):\n");
        stageNanos.forEach((stage, nanos) -> out.append(String.format(Locale.ROOT, "    %-22s %8.2f ms  %5.1f%%%n", stage,
                nanos / 1e6 / documents, 100.0 * nanos / Math.max(1, staged))));
        return out.toString();
    }

    /** The first N documents of each Slavic language (spread over the topics) and N TimeBank texts. */
    static List<Sample> sample(Path shared, int perLanguage) {
        Tokenizer tokenizer = new Tokenizer();
        List<Sample> samples = new ArrayList<>();
        Path raw = shared.resolve("corpora/slavicner-dev/raw");
        if (Files.isDirectory(raw)) {
            List<Path> topics = list(raw);
            for (String language : SLAVIC) {
                List<List<Path>> byTopic = new ArrayList<>();
                for (Path topic : topics) {
                    Path dir = topic.resolve(language);
                    if (Files.isDirectory(dir)) {
                        byTopic.add(list(dir));
                    }
                }
                // Round-robin over the topics, so that every topic's style is in the sample.
                int taken = 0;
                for (int i = 0; taken < perLanguage; i++) {
                    boolean any = false;
                    for (List<Path> files : byTopic) {
                        if (i < files.size() && taken < perLanguage) {
                            String text = read(files.get(i));
                            samples.add(new Sample(language, text, DocumentRequest.EMPTY, tokenizer.tokenize(text).size()));
                            taken++;
                            any = true;
                        }
                    }
                    if (!any) {
                        break;
                    }
                }
            }
        }
        Path timebank = shared.resolve("corpora/timebank");
        if (Files.isDirectory(timebank)) {
            for (TimeBenchmark.GoldDocument doc : TimeBenchmark.readTimeBank(timebank, perLanguage)) {
                DocumentRequest request = new DocumentRequest(doc.dct(), Optional.empty(), Optional.empty());
                samples.add(new Sample("en", doc.text(), request, tokenizer.tokenize(doc.text()).size()));
            }
        }
        return samples;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
