package dev.kronika.extract.bench;

import dev.kronika.extract.core.lang.LanguageIdentificationStage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Language identification: accuracy per language on the raw documents of slavicner-dev (bg, cs,
 * pl, ru, sl, uk; the directory names the language) and the TimeBank texts (en), on the first 2,000
 * characters as the stage uses them and on the first 120 characters (a headline's length); heap
 * the models take; documents per second. Both of Lingua's modes, so that the choice is measured.
 *
 * <pre>./kronika bench language</pre>
 */
public final class LanguageBenchmark {

    private record Sample(String language, String text) {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("kronika.shared.dir", "../shared"));
        List<Sample> samples = samples(shared.resolve("corpora"));
        System.out.printf(Locale.ROOT, "%d documents%n%n", samples.size());
        System.out.printf(Locale.ROOT, "%-14s %10s %12s %12s %12s %10s  %s%n", "mode", "heap MB", "acc 2000ch", "acc 1000ch", "acc 120ch", "docs/s", "errors by gold language (2000ch)");
        for (boolean low : new boolean[] {true, false}) {
            long before = usedHeap();
            LanguageIdentificationStage stage = new LanguageIdentificationStage(low);
            long heap = usedHeap() - before;
            for (int i = 0; i < Math.min(200, samples.size()); i++) {
                stage.detect(head(samples.get(i).text(), 2000));
            }
            Map<String, Integer> errors = new TreeMap<>();
            int right = 0;
            int rightShort = 0;
            long start = System.nanoTime();
            for (Sample sample : samples) {
                if (stage.detect(head(sample.text(), 2000)).code().equals(sample.language())) {
                    right++;
                } else {
                    errors.merge(sample.language(), 1, Integer::sum);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int rightMedium = 0;
            for (Sample sample : samples) {
                if (stage.detect(head(sample.text(), 120)).code().equals(sample.language())) {
                    rightShort++;
                }
                if (stage.detect(head(sample.text(), 1000)).code().equals(sample.language())) {
                    rightMedium++;
                }
            }
            System.out.printf(Locale.ROOT, "%-14s %10d %12.4f %12.4f %12.4f %10.0f  %s%n", low ? "low accuracy" : "high accuracy",
                    heap / (1024 * 1024), right / (double) samples.size(), rightMedium / (double) samples.size(), rightShort / (double) samples.size(),
                    samples.size() / seconds, errors);
            stage = null;
        }
    }

    private static List<Sample> samples(Path corpora) throws IOException {
        List<Sample> samples = new ArrayList<>();
        Path raw = corpora.resolve("slavicner-dev/raw");
        try (Stream<Path> files = Files.walk(raw)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(new Sample(file.getParent().getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        try (Stream<Path> files = Files.list(corpora.resolve("timebank"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
                samples.add(new Sample("en", text));
            }
        }
        return samples;
    }

    private static String head(String text, int chars) {
        return text.length() > chars ? text.substring(0, chars) : text;
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
