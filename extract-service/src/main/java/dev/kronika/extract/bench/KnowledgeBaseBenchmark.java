package dev.kronika.extract.bench;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.kb.wikidata.ImportConfig;
import dev.kronika.extract.core.kb.wikidata.WikidataImporter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Knowledge-base figures: heap of the loaded bundled knowledge base, and the speed of the
 * Wikidata importer on a generated dump of synthetic entities in the dump's format (about a
 * third humans, a tenth settlements, some organisations, the rest items the importer skips, each
 * with labels in 20 languages and statements of a dozen properties), with the heap of the
 * knowledge base once the imported file is added. Needs no data from ../shared.
 *
 * <p>Usage: {@code KnowledgeBaseBenchmark [--entities N] [--keep-dump DIR] [--hold SECONDS]}; run with a fixed
 * heap (-Xmx1g) for comparable heap figures.
 */
public final class KnowledgeBaseBenchmark {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pl", "cs", "sl", "ru", "uk", "bg",
            "nl", "sv", "fi", "hu", "ro", "pt", "ja", "zh", "ar");

    public static void main(String[] args) throws Exception {
        int entities = 100_000;
        Path dir = null;
        int holdSeconds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--entities" -> entities = Integer.parseInt(args[++i]);
                case "--keep-dump" -> dir = Path.of(args[++i]);
                case "--hold" -> holdSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        // ICU's transliterators are loaded first so that the heap figure is the knowledge base's own.
        for (String language : List.of("ru", "uk", "bg")) {
            dev.kronika.extract.core.kb.NameKeys.key("Тест", language);
        }
        long before = usedHeap();
        KnowledgeBase bundled = KnowledgeBase.loadClasspath("kb/");
        long afterBundled = usedHeap();
        System.out.printf(Locale.ROOT, "bundled knowledge base: %,d entities, %.1f MB heap after GC%n",
                bundled.size(), (afterBundled - before) / 1e6);

        boolean temporary = dir == null;
        if (temporary) {
            dir = Files.createTempDirectory("kronika-kb-bench");
        }
        Path dump = dir.resolve("synthetic-dump.json.gz");
        long bytes = writeSyntheticDump(dump, entities, new Random(42));
        System.out.printf(Locale.ROOT, "synthetic dump: %,d entities, %.1f MB of JSON, %.1f MB gzipped%n",
                entities, bytes / 1e6, Files.size(dump) / 1e6);

        Path out = dir.resolve("synthetic.tsv");
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        WikidataImporter.Summary summary = new WikidataImporter(ImportConfig.defaults().withMinSitelinks(10), bundled)
                .run(dump, out, s -> { });
        System.out.printf(Locale.ROOT, "import: %,d items read, %,d kept, %,d role facts in %.1f s = %,.0f items/s, %.1f MB/s of JSON%n",
                summary.items(), summary.kept(), summary.roleFacts(), summary.seconds(), summary.itemsPerSecond(),
                bytes / 1e6 / summary.seconds());
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "import CPU time (this thread): %.1f s = %,.0f items/s, %.1f MB/s of JSON per core%n",
                cpu, summary.items() / cpu, bytes / 1e6 / cpu);

        long beforeComposed = usedHeap();
        long start = System.nanoTime();
        long cpuLoad = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        KnowledgeBase composed = KnowledgeBase.withFiles(bundled, List.of(out));
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        double loadCpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuLoad) / 1e9;
        long afterComposed = usedHeap();
        System.out.printf(Locale.ROOT, "bundled + imported: %,d entities, loaded in %.1f s (%.1f s CPU), %.1f MB more heap after GC (%.2f KB per added entity)%n",
                composed.size(), loadSeconds, loadCpu, (afterComposed - beforeComposed) / 1e6,
                (afterComposed - beforeComposed) / 1e3 / Math.max(1, composed.size() - bundled.size()));
        Thread.sleep(holdSeconds * 1000L); // time for a heap histogram: jcmd <pid> GC.class_histogram
        if (temporary) {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
        System.out.println(composed.size() + bundled.size() > 0 ? "" : "-"); // keeps both reachable until measured
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Writes the dump; returns the size of the uncompressed JSON. */
    static long writeSyntheticDump(Path file, int count, Random random) throws IOException {
        long bytes = 0;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("[\n");
            for (int i = 0; i < count; i++) {
                String line = entity(i, random) + (i + 1 < count ? ",\n" : "\n");
                bytes += line.getBytes(StandardCharsets.UTF_8).length;
                out.write(line);
            }
            out.write("]\n");
        }
        return bytes;
    }

    private static String entity(int i, Random random) {
        String id = "Q" + (100_000_000 + i);
        int kind = random.nextInt(100);
        String cls = i == 0 ? "Q4164871" : kind < 30 ? "Q5" : kind < 40 ? "Q515" : kind < 45 ? "Q7278" : "Q13442814";
        String name = syllables(random, 2 + random.nextInt(2)) + " " + syllables(random, 2 + random.nextInt(3));
        StringBuilder s = new StringBuilder(4096);
        s.append("{\"type\":\"item\",\"id\":\"").append(id).append("\",\"labels\":{");
        for (int l = 0; l < LANGUAGES.size(); l++) {
            String language = LANGUAGES.get(l);
            String label = language.equals("ru") || language.equals("uk") || language.equals("bg") ? cyrillic(name) : name;
            s.append(l == 0 ? "" : ",").append('"').append(language).append("\":{\"language\":\"").append(language)
                    .append("\",\"value\":\"").append(label).append("\"}");
        }
        s.append("},\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"synthetic entity number ").append(i)
                .append("\"},\"de\":{\"language\":\"de\",\"value\":\"synthetisches Objekt\"}},\"aliases\":{\"en\":[{\"language\":\"en\",\"value\":\"")
                .append(name.substring(name.indexOf(' ') + 1)).append("\"}]},\"claims\":{");
        s.append("\"P31\":[").append(statement("P31", item(cls), "")).append(']');
        if (cls.equals("Q5")) {
            s.append(",\"P21\":[").append(statement("P21", item(random.nextBoolean() ? "Q6581097" : "Q6581072"), "")).append(']');
            if (random.nextInt(50) == 0) {
                s.append(",\"P39\":[").append(statement("P39", item("Q100000000"),
                        ",\"qualifiers\":{\"P580\":[{\"snaktype\":\"value\",\"property\":\"P580\",\"datavalue\":"
                                + time("+2010-05-07T00:00:00Z", 11) + "}]}")).append(']');
            }
        } else if (cls.equals("Q515")) {
            s.append(",\"P17\":[").append(statement("P17", item("Q159"), "")).append(']');
        } else if (i == 0) {
            s.append(",\"P279\":[").append(statement("P279", item("Q48352"), "")).append(']');
            s.append(",\"P1001\":[").append(statement("P1001", item("Q159"), "")).append(']');
        }
        for (String property : List.of("P18", "P569", "P570", "P106", "P27", "P735", "P734", "P646", "P214", "P227", "P1412")) {
            s.append(",\"").append(property).append("\":[")
                    .append(statement(property, property.equals("P569") || property.equals("P570")
                            ? time("+19" + (10 + random.nextInt(90)) + "-01-01T00:00:00Z", 11)
                            : item("Q" + random.nextInt(1_000_000)), ",\"references\":[{\"hash\":\"abc\",\"snaks\":{}}]"))
                    .append(']');
        }
        s.append("},\"sitelinks\":{");
        int links = random.nextInt(40);
        for (int l = 0; l < links; l++) {
            s.append(l == 0 ? "" : ",").append("\"wiki").append(l).append("\":{\"site\":\"wiki").append(l)
                    .append("\",\"title\":\"").append(name).append("\",\"badges\":[]}");
        }
        s.append("},\"lastrevid\":").append(1_000_000 + i).append('}');
        return s.toString();
    }

    private static String statement(String property, String datavalue, String extra) {
        return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + property + "\",\"datavalue\":" + datavalue
                + ",\"datatype\":\"wikibase-item\"},\"type\":\"statement\"" + extra + ",\"id\":\"X$1\",\"rank\":\"normal\"}";
    }

    private static String item(String q) {
        return "{\"value\":{\"entity-type\":\"item\",\"numeric-id\":" + q.substring(1) + ",\"id\":\"" + q + "\"},\"type\":\"wikibase-entityid\"}";
    }

    private static String time(String time, int precision) {
        return "{\"value\":{\"time\":\"" + time + "\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":" + precision
                + ",\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},\"type\":\"time\"}";
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "nor", "pe", "ra", "sti", "van", "zel", "bor", "dan", "gri", "ko", "lev", "mar", "ol", "sen", "tur"};
    private static final String LATIN = "abdegiklmnoprstuvz";
    private static final String CYRILLIC = "абдегиклмнопрстувз";

    private static String syllables(Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cyrillic(String latin) {
        StringBuilder s = new StringBuilder(latin.length());
        for (char c : latin.toCharArray()) {
            int lower = LATIN.indexOf(Character.toLowerCase(c));
            char mapped = lower < 0 ? c : CYRILLIC.charAt(lower);
            s.append(Character.isUpperCase(c) ? Character.toUpperCase(mapped) : mapped);
        }
        return s.toString();
    }
}
