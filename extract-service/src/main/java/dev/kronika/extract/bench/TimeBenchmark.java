package dev.kronika.extract.bench;

import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.text.SentenceSplitter;
import dev.kronika.extract.core.text.Tokenizer;
import dev.kronika.extract.core.time.ReferenceMode;
import dev.kronika.extract.core.time.TimeExpressionRecognizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time-expression recognition and normalisation against TIMEX3 gold, with the TempEval-3
 * measures: extent P/R/F1 under strict (same span) and relaxed (overlapping span) matching, and
 * value accuracy and F1 over relaxed matches (value F1 = relaxed F1 x value accuracy, which is
 * TempEval-3's attribute F1).
 *
 * <ul>
 *   <li>TimeBank 1.2 (English news): anchored on the document creation time (the DCT TIMEX3).</li>
 *   <li>WikiWars-uk (Ukrainian history articles): narratives, so year-less dates take the year of
 *   the last date mentioned, as the corpus annotation does; the DATETIME is the fallback anchor.</li>
 * </ul>
 *
 * <p>Run: {@code ./kronika bench time [--errors]}, or {@code java -cp ... dev.kronika.extract.bench.TimeBenchmark [shared-dir] [--errors]};
 * the shared folder defaults to the system property {@code kronika.shared.dir}, else {@code ../shared}.
 * {@code --errors} lists every missed, spurious and wrongly valued expression first.
 */
public final class TimeBenchmark {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

    /** One gold or system expression: its char span in the document text and its value. */
    public record Timex(Span span, String text, String value) {
    }

    /** A corpus document: text, DCT and gold expressions. */
    public record GoldDocument(String id, String text, Optional<LocalDate> dct, List<Timex> gold) {
    }

    /** Counts for the TempEval-3 measures. */
    public static final class Score {
        int system;
        int gold;
        int strict;
        int relaxed;
        int valueCorrect;

        public void add(List<Timex> sys, List<Timex> ref, List<String> errors, String id) {
            add(sys, ref, errors, id, null, null);
        }

        /** As {@link #add(List, List, List, String)}; with the text, each error line ends with its context. */
        public void add(List<Timex> sys, List<Timex> ref, List<String> errors, String id, String text, LocalDate dct) {
            system += sys.size();
            gold += ref.size();
            boolean[] used = new boolean[sys.size()];
            for (Timex g : ref) {
                int match = -1;
                for (int i = 0; i < sys.size(); i++) {
                    if (!used[i] && sys.get(i).span().equals(g.span())) {
                        match = i;
                    }
                }
                if (match < 0) {
                    for (int i = 0; i < sys.size() && match < 0; i++) {
                        if (!used[i] && sys.get(i).span().overlaps(g.span())) {
                            match = i;
                        }
                    }
                }
                if (match < 0) {
                    errors.add(id + "\tMISSED\t" + g.text() + "\t" + g.value() + context(text, dct, g.span()));
                    continue;
                }
                used[match] = true;
                Timex s = sys.get(match);
                relaxed++;
                if (s.span().equals(g.span())) {
                    strict++;
                }
                if (s.value().equals(g.value())) {
                    valueCorrect++;
                } else {
                    errors.add(id + "\tVALUE\t" + g.text() + "\t" + g.value() + "\t<>\t" + s.text() + "\t" + s.value() + context(text, dct, g.span()));
                }
            }
            for (int i = 0; i < sys.size(); i++) {
                if (!used[i]) {
                    errors.add(id + "\tSPURIOUS\t" + sys.get(i).text() + "\t" + sys.get(i).value() + context(text, dct, sys.get(i).span()));
                }
            }
        }

        private static String context(String text, LocalDate dct, Span span) {
            if (text == null) {
                return "";
            }
            String around = text.substring(Math.max(0, span.begin() - 60), span.begin()) + "[" + span.of(text) + "]"
                    + text.substring(span.end(), Math.min(text.length(), span.end() + 60));
            return "\t" + dct + "\t" + around.replaceAll("\\s+", " ");
        }

        static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double strictF1() {
            return f1(ratio(strict, system), ratio(strict, gold));
        }

        public double relaxedF1() {
            return f1(ratio(relaxed, system), ratio(relaxed, gold));
        }

        public double valueAccuracy() {
            return ratio(valueCorrect, relaxed);
        }

        public double valueF1() {
            return f1(ratio(valueCorrect, system), ratio(valueCorrect, gold));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "%-14s %5d %5d | %5.3f %5.3f %5.3f | %5.3f %5.3f %5.3f | %5.3f %5.3f",
                    name, gold, system,
                    ratio(strict, system), ratio(strict, gold), strictF1(),
                    ratio(relaxed, system), ratio(relaxed, gold), relaxedF1(),
                    valueAccuracy(), valueF1());
        }
    }

    private final TimeExpressionRecognizer recognizer;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TimeBenchmark(TimeExpressionRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : System.getProperty("kronika.shared.dir", "../shared"));
        boolean printErrors = List.of(args).contains("--errors");
        TimeBenchmark benchmark = new TimeBenchmark(new TimeExpressionRecognizer());
        List<String> errors = new ArrayList<>();
        List<GoldDocument> timebankDocs = readTimeBank(shared.resolve("corpora/timebank"), Integer.MAX_VALUE);
        List<GoldDocument> wikiwarsDocs = readWikiWars(shared.resolve("corpora/wikiwars-uk"), Integer.MAX_VALUE);
        // one warm-up pass so the timing below is of compiled code
        benchmark.score(timebankDocs.subList(0, Math.min(20, timebankDocs.size())), "en", ReferenceMode.NEWS, new ArrayList<>());
        long start = System.nanoTime();
        Score timebank = benchmark.score(timebankDocs, "en", ReferenceMode.NEWS, errors);
        Score wikiwars = benchmark.score(wikiwarsDocs, "uk", ReferenceMode.NARRATIVE, errors);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long chars = Stream.concat(timebankDocs.stream(), wikiwarsDocs.stream()).mapToLong(d -> d.text().length()).sum();
        if (printErrors) {
            errors.forEach(System.out::println);
        }
        System.out.println("Time expressions, TempEval-3 measures (strict/relaxed extent P R F1; value accuracy and F1)");
        System.out.println("corpus          gold   sys | strictP    R    F1 | relaxP    R    F1 | valAcc valF1");
        System.out.println(timebank.row("timebank-en"));
        System.out.println(wikiwars.row("wikiwars-uk"));
        System.out.printf(Locale.ROOT, "%d documents, %d chars in %d ms (%.1f ms per 10,000 chars)%n", timebankDocs.size() + wikiwarsDocs.size(),
                chars, millis, millis * 10_000.0 / Math.max(1, chars));
    }

    public Score score(List<GoldDocument> documents, String language, ReferenceMode mode, List<String> errors) {
        Score score = new Score();
        for (GoldDocument document : documents) {
            score.add(run(document, language, mode), document.gold(), errors, document.id(), document.text(), document.dct().orElse(null));
        }
        return score;
    }

    /** The core's expressions over the whole document text; spans are char indexes of the same text as the gold. */
    public List<Timex> run(GoldDocument document, String language, ReferenceMode mode) {
        String text = document.text();
        List<Span> sentences = splitter.split(text, tokenizer.tokenize(text));
        List<TimeExpression> found = recognizer.recognize(text, List.of(new Span(0, text.length())), sentences, language,
                document.dct(), mode);
        return found.stream().map(t -> new Timex(t.span(), t.text(), t.value())).toList();
    }

    // ------------------------------------------------------------------ corpus readers

    public static List<GoldDocument> readTimeBank(Path dir, int limit) {
        return files(dir, ".tml", limit).stream().map(file -> parse(file, "DCT")).toList();
    }

    public static List<GoldDocument> readWikiWars(Path dir, int limit) {
        return files(dir.resolve("keyinline"), ".key.xml", limit).stream().map(file -> parse(file, "DATETIME")).toList();
    }

    private static List<Path> files(Path dir, String suffix, int limit) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus folder missing: " + dir.toAbsolutePath());
        }
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().limit(limit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads inline TIMEX3 annotation: the text inside TEXT with tags removed and entities decoded. */
    static GoldDocument parse(Path file, String dctElement) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<LocalDate> dct = Optional.empty();
        int dctStart = xml.indexOf("<" + dctElement + ">");
        if (dctStart >= 0) {
            Matcher value = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})").matcher(xml);
            if (value.find(dctStart)) {
                dct = Optional.of(LocalDate.parse(value.group(1)));
            }
        }
        int begin = xml.indexOf("<TEXT>") + "<TEXT>".length();
        int end = xml.lastIndexOf("</TEXT>");
        String body = xml.substring(begin, end);
        StringBuilder text = new StringBuilder();
        List<Timex> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int last = 0;
        int timexStart = -1;
        String timexValue = null;
        while (tag.find()) {
            text.append(decode(body.substring(last, tag.start())));
            last = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                timexStart = text.length();
                timexValue = "";
                Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
                while (attribute.find()) {
                    if (attribute.group(1).equals("value")) {
                        timexValue = attribute.group(2);
                    }
                }
            } else if (timexStart >= 0) {
                // TIMEX3 tags do not nest; trim whitespace the annotators left inside the tag
                int s = timexStart;
                int e = text.length();
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    gold.add(new Timex(new Span(s, e), text.substring(s, e), timexValue));
                }
                timexStart = -1;
            }
        }
        text.append(decode(body.substring(last)));
        String id = file.getFileName().toString();
        return new GoldDocument(id, text.toString(), dct, List.copyOf(gold));
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
