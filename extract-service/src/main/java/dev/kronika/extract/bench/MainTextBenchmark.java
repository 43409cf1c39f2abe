package dev.kronika.extract.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.kronika.common.content.CharsetDecoding;
import dev.kronika.extract.core.content.HtmlTextExtractor;
import dev.kronika.extract.core.content.MainTextStage;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Main-text extraction on the trafilatura evaluation pages ({@code ../shared/corpora/trafilatura-dev}),
 * scored exactly as trafilatura's own {@code tests/comparison.py} does: per page, every "with"
 * string found in the extracted text is a true positive (else a false negative), every "without"
 * string found is a false positive (else a true negative); precision = TP/(TP+FP),
 * recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN). Also measures single-thread throughput of HTML
 * parsing plus main-text classification.
 *
 * <p>Usage: {@code MainTextBenchmark [shared-dir] [--every N] [--verbose]}.
 */
public final class MainTextBenchmark {

    /** One evaluation page: its HTML and the strings the main text must and must not contain. */
    public record Page(String url, String file, String html, List<String> with, List<String> without) {
    }

    /** Counts of one run, in trafilatura's terms. */
    public record Score(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
        public double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        public double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        public double f1() {
            return 2.0 * truePositives / Math.max(1, 2 * truePositives + falsePositives + falseNegatives);
        }

        public double accuracy() {
            int all = truePositives + falseNegatives + falsePositives + trueNegatives;
            return (truePositives + trueNegatives) / (double) Math.max(1, all);
        }

        public Score plus(Score other) {
            return new Score(truePositives + other.truePositives, falseNegatives + other.falseNegatives,
                    falsePositives + other.falsePositives, trueNegatives + other.trueNegatives);
        }
    }

    private final HtmlTextExtractor extractor = new HtmlTextExtractor();
    private final MainTextStage stage = new MainTextStage();

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("kronika.shared.dir", "../shared"));
        int every = 1;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                default -> shared = Path.of(args[i]);
            }
        }
        List<Page> pages = loadPages(shared.resolve("corpora/trafilatura-dev"), every);
        MainTextBenchmark benchmark = new MainTextBenchmark();

        // Warm up the JIT, then time one single-threaded pass.
        for (int round = 0; round < 2; round++) {
            for (Page page : pages) {
                benchmark.mainText(page.html());
            }
        }
        Score total = new Score(0, 0, 0, 0);
        Score nothing = new Score(0, 0, 0, 0);
        Score everything = new Score(0, 0, 0, 0);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = 0;
        long cpuNanos = 0;
        long bytes = 0;
        for (Page page : pages) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            String text = benchmark.mainText(page.html());
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            nanos += System.nanoTime() - start;
            bytes += page.html().length();
            Score score = evaluate(text, page);
            total = total.plus(score);
            nothing = nothing.plus(evaluate("", page));
            everything = everything.plus(evaluate(page.html(), page));
            if (verbose && (score.falseNegatives() > 0 || score.falsePositives() > 0)) {
                System.out.printf("%s fn=%d fp=%d%n", page.file(), score.falseNegatives(), score.falsePositives());
                for (String s : page.with()) {
                    if (!text.contains(s)) {
                        System.out.println("   missing:  " + s);
                    }
                }
                for (String s : page.without()) {
                    if (text.contains(s)) {
                        System.out.println("   included: " + s);
                    }
                }
            }
        }
        double seconds = nanos / 1e9;
        System.out.printf("Main-text extraction on trafilatura-dev (%d pages%s), scored as trafilatura's comparison.py%n",
                pages.size(), every > 1 ? ", every " + every + "th" : "");
        System.out.printf("%-22s %6s %6s %6s %6s %9s %9s %9s %9s%n", "method", "TP", "FN", "FP", "TN", "precision", "recall", "accuracy", "F1");
        row("nothing (empty text)", nothing);
        row("everything (raw HTML)", everything);
        row("kronika MainTextStage", total);
        double cpuSeconds = cpuNanos / 1e9;
        System.out.printf("%nThroughput, one thread (HTML parse + blocks + main text), %.1f MB of HTML:%n", bytes / 1e6);
        System.out.printf("  per CPU second of the thread: %.1f pages/s, %.1f MB/s, %.2f ms/page%n",
                pages.size() / cpuSeconds, bytes / 1e6 / cpuSeconds, cpuSeconds * 1000 / pages.size());
        System.out.printf("  per wall-clock second:        %.1f pages/s, %.1f MB/s, %.2f ms/page (machine load: %.1f)%n",
                pages.size() / seconds, bytes / 1e6 / seconds, seconds * 1000 / pages.size(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void row(String name, Score s) {
        System.out.printf("%-22s %6d %6d %6d %6d %9.3f %9.3f %9.3f %9.3f%n", name, s.truePositives(), s.falseNegatives(),
                s.falsePositives(), s.trueNegatives(), s.precision(), s.recall(), s.accuracy(), s.f1());
    }

    /** The main text as the evaluation sees it: the title line, then every body span on its own line. */
    public String mainText(String html) {
        HtmlTextExtractor.Result page = extractor.extract(html, "");
        Document document = new Document(page.text(), DocumentRequest.EMPTY);
        document.set(Layers.PAGE, page.structure());
        stage.process(document);
        Content content = document.get(Layers.CONTENT);
        StringBuilder out = new StringBuilder();
        content.title().ifPresent(title -> out.append(document.text(title)).append('\n'));
        for (Span span : content.body()) {
            out.append(document.text(span)).append('\n');
        }
        return out.toString();
    }

    /** trafilatura's evaluate_result: substring tests of the "with" and "without" strings. */
    public static Score evaluate(String text, Page page) {
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : page.with()) {
            if (text.contains(s)) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : page.without()) {
            if (text.contains(s)) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Score(tp, fn, fp, tn);
    }

    /** Every {@code every}-th page of the evaluation set (1 = all), in the order of evaldata.json. */
    public static List<Page> loadPages(Path corpus, int every) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("trafilatura-dev corpus not found at " + corpus.toAbsolutePath()
                    + " (pass the shared directory as argument or -Dkronika.shared.dir)");
        }
        JsonObject eval = JsonParser.parseString(Files.readString(corpus.resolve("evaldata.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        List<Page> pages = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, JsonElement> entry : eval.entrySet()) {
            if (index++ % every != 0) {
                continue;
            }
            JsonObject item = entry.getValue().getAsJsonObject();
            String file = item.get("file").getAsString();
            byte[] bytes = Files.readAllBytes(corpus.resolve("html").resolve(file));
            pages.add(new Page(entry.getKey(), file, CharsetDecoding.decode(bytes), strings(item, "with"), strings(item, "without")));
        }
        return pages;
    }

    private static List<String> strings(JsonObject item, String key) {
        List<String> values = new ArrayList<>();
        if (item.has(key)) {
            for (JsonElement e : item.getAsJsonArray(key)) {
                values.add(e.getAsString());
            }
        }
        return values;
    }
}
