package dev.kronika.extract.core.kb.wikidata;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.EntityType;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikidataImporterTest {

    @TempDir
    Path dir;

    /** Entities in the dump's format (made-up items, real class and property ids). */
    static final List<String> ENTITIES = List.of(
            item("Q9000001", Map.of("en", "Anna Testowa", "pl", "Anna Testowa", "ru", "Анна Тестова", "uk", "Анна Тестова", "de", "Anna Testowa"),
                    Map.of("en", List.of("Testowa"), "ru", List.of("Тестова")),
                    claims(claim("P31", entity("Q5")), claim("P21", entity("Q6581072")),
                            claim("P39", entity("Q9000002"), "\"qualifiers\":{\"P580\":[" + snak("P580", time("+2019-06-01T00:00:00Z", 11))
                                    + "]}"),
                            claim("P39", entity("Q9000002"), "\"qualifiers\":{\"P580\":[" + snak("P580", time("+2001-00-00T00:00:00Z", 9))
                                    + "],\"P582\":[" + snak("P582", time("+2005-03-00T00:00:00Z", 10)) + "]}")), 4),
            item("Q9000002", Map.of("en", "President of Testland"), Map.of(),
                    claims(claim("P31", entity("Q4164871")), claim("P279", entity("Q48352")), claim("P1001", entity("Q9000003"))), 2),
            item("Q9000003", Map.of("en", "Testland", "pl", "Testlandia", "cs", "Testlandie", "ru", "Тестландия", "bg", "Тестландия"),
                    Map.of("en", List.of("Republic of Testland")),
                    claims(claim("P31", entity("Q3624078")), claim("P31", entity("Q6256"))), 50),
            item("Q9000004", Map.of("en", "Strelburg", "pl", "Strelburg", "ru", "Штрельбург", "uk", "Штрельбург"), Map.of(),
                    claims(claim("P31", entity("Q515")), claim("P17", entity("Q9000003"))), 12),
            item("Q9000005", Map.of("en", "A study of test data"), Map.of(), claims(claim("P31", entity("Q13442814"))), 0),
            item("Q9000006", Map.of("en", "Obscure Person"), Map.of(), claims(claim("P31", entity("Q5"))), 0),
            item("Q159", Map.of("en", "Russia", "sl", "Ruska"), Map.of("en", List.of("Rossiya Test Alias")),
                    claims(claim("P31", entity("Q3624078"))), 300),
            item("Q9000007", Map.of("en", "Mis-ranked Town"), Map.of(),
                    "{\"P31\":[{\"mainsnak\":" + snak("P31", entity("Q515")) + ",\"type\":\"statement\",\"rank\":\"deprecated\"}]}", 5),
            "{\"type\":\"property\",\"datatype\":\"wikibase-item\",\"id\":\"P31\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"instance of\"}},\"claims\":{}}");

    @Test
    void importsKeptEntitiesFromAGzippedDumpAsKnowledgeBaseRows() throws Exception {
        Path dump = writeGzipped(dir.resolve("dump.json.gz"), dumpText(ENTITIES));
        Path out = dir.resolve("wikidata.tsv");
        WikidataImporter.Summary summary = new WikidataImporter(ImportConfig.defaults().withMinSitelinks(1), KnowledgeBase.bundled())
                .run(dump, out, s -> { });

        assertEquals(9, summary.items());
        assertEquals(4, summary.kept());
        Map<String, String> rows = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('\t')), l -> l));
        assertEquals("per:anna-testowa\tPER\tperson\tQ9000001\tAnna Testowa|Testowa\tAnna Testowa\t\t\tАнна Тестова|Тестова\tАнна Тестова\t\t"
                        + "gender=f;role=head_of_state@loc:testland[2019-06-01..];role=head_of_state@loc:testland[2001-01-01..2005-03-31]",
                rows.get("per:anna-testowa"));
        assertEquals("loc:testland\tLOC\tcountry\tQ9000003\tTestland|Republic of Testland\tTestlandia\tTestlandie\t\tТестландия\t\tТестландия\t",
                rows.get("loc:testland"));
        assertEquals("loc:strelburg\tLOC\tcity\tQ9000004\tStrelburg\tStrelburg\t\t\tШтрельбург\tШтрельбург\t\tcountry=loc:testland",
                rows.get("loc:strelburg"));
        assertTrue(rows.containsKey("loc:russia"), "a bundled Wikidata id keeps the bundled id");
        assertEquals(4, rows.size(), "articles, positions, items below the sitelink threshold and deprecated classes are left out");
    }

    @Test
    void theImportedFileFindsEntitiesInSeveralScriptsAndMergesIntoTheBundledOnes() throws Exception {
        Path dump = writeGzipped(dir.resolve("dump.json.gz"), dumpText(ENTITIES));
        Path out = dir.resolve("wikidata.tsv");
        new WikidataImporter(ImportConfig.defaults().withMinSitelinks(1), KnowledgeBase.bundled()).run(dump, out, s -> { });

        KnowledgeBase bundled = KnowledgeBase.bundled();
        KnowledgeBase kb = KnowledgeBase.withFiles(bundled, List.of(out));
        assertEquals(bundled.size() + 3, kb.size());
        assertEquals("per:anna-testowa", kb.find("Тестова", "ru", EntityType.PER).orElseThrow().id());
        assertEquals("per:anna-testowa", kb.find("Testowa", "pl", EntityType.PER).orElseThrow().id());
        assertEquals("per:anna-testowa", kb.find("Anna Testova", "cs", EntityType.PER).orElseThrow().id());
        assertEquals("loc:strelburg", kb.find("Штрельбург", "uk", EntityType.LOC).orElseThrow().id());
        assertEquals("loc:strelburg", kb.find("Sztrelburg", "pl", EntityType.LOC).orElseThrow().id());
        assertEquals("loc:testland", kb.find("Тестландия", "bg", EntityType.LOC).orElseThrow().id());
        KbEntity russia = kb.byId("loc:russia").orElseThrow();
        assertEquals("Russia", russia.canonicalName("en").orElseThrow());
        assertTrue(russia.names("en").contains("Rossiya Test Alias"));
        assertEquals(bundled.byId("loc:russia").orElseThrow().attrs().get("capital"), russia.attrs().get("capital"));
    }

    @Test
    void readsBzip2AndPlainDumpsAndSkipsByLanguageAndSitelinks() throws Exception {
        Path bz2 = dir.resolve("dump.json.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            out.write(dumpText(ENTITIES).getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("bz.tsv");
        WikidataImporter.Summary summary = new WikidataImporter(
                ImportConfig.defaults().withMinSitelinks(10).withLanguages(List.of("ru", "uk")), KnowledgeBase.empty())
                .run(bz2, out, s -> { });
        assertEquals(9, summary.items());
        List<String> rows = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("loc:testlandiya", "loc:shtrel-burg"), rows.stream().map(l -> l.split("\t")[0]).toList());
        assertTrue(rows.stream().allMatch(l -> l.split("\t")[4].isEmpty()), "no English names were asked for");
        assertTrue(rows.get(1).endsWith("\tcountry=loc:testlandiya"), rows.get(1));
    }

    @Test
    void malformedLinesFailWithTheirLineNumber() throws Exception {
        List<String> broken = new ArrayList<>(ENTITIES.subList(0, 2));
        broken.add("{\"type\":\"item\",\"id\":\"Q1\",\"claims\":{\"P31\":[{\"mainsnak\":{\"datavalue\":{\"value\":{\"id\":\"Q5\"},");
        Path dump = dir.resolve("broken.json");
        Files.writeString(dump, dumpText(broken));
        WikidataDumpReader.WikidataFormatException e = assertThrows(WikidataDumpReader.WikidataFormatException.class,
                () -> new WikidataImporter(ImportConfig.defaults().withMinSitelinks(0), KnowledgeBase.empty())
                        .run(dump, dir.resolve("x.tsv"), s -> { }));
        assertTrue(e.getMessage().startsWith(dump + ":4: malformed entity"), e.getMessage());
    }

    @Test
    void aLineThatIsNotAnEntityFailsWithItsLineNumber() throws Exception {
        Path dump = dir.resolve("garbage.json");
        Files.writeString(dump, "[\n" + ENTITIES.get(0) + ",\n<html>not a dump</html>\n]\n");
        WikidataDumpReader.WikidataFormatException e = assertThrows(WikidataDumpReader.WikidataFormatException.class,
                () -> new WikidataImporter(ImportConfig.defaults(), KnowledgeBase.empty()).run(dump, dir.resolve("x.tsv"), s -> { }));
        assertTrue(e.getMessage().startsWith(dump + ":3: expected an entity object"), e.getMessage());
    }

    @Test
    void datesFollowTheirPrecision() {
        assertEquals("2019-06-01", WikidataImporter.date(new WikidataItem.Value(null, "+2019-06-01T00:00:00Z", 11), false));
        assertEquals("2005-03-31", WikidataImporter.date(new WikidataItem.Value(null, "+2005-03-00T00:00:00Z", 10), true));
        assertEquals("2001-12-31", WikidataImporter.date(new WikidataItem.Value(null, "+2001-00-00T00:00:00Z", 9), true));
        assertEquals(null, WikidataImporter.date(new WikidataItem.Value(null, "+2001-00-00T00:00:00Z", 8), true));
        assertEquals(null, WikidataImporter.date(new WikidataItem.Value(null, "-0044-03-15T00:00:00Z", 11), false));
    }

    // --- a small writer of the dump format -------------------------------------------------

    static String dumpText(List<String> entities) {
        return "[\n" + String.join(",\n", entities) + "\n]\n";
    }

    static Path writeGzipped(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    static String item(String id, Map<String, String> labels, Map<String, List<String>> aliases, String claims, int sitelinks) {
        String labelJson = labels.entrySet().stream().map(e -> quote(e.getKey()) + ":" + term(e.getKey(), e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String aliasJson = aliases.entrySet().stream().map(e -> quote(e.getKey()) + ":"
                        + e.getValue().stream().map(v -> term(e.getKey(), v)).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
        StringBuilder links = new StringBuilder("{");
        for (int i = 0; i < sitelinks; i++) {
            links.append(i == 0 ? "" : ",").append("\"wiki").append(i).append("\":{\"site\":\"wiki").append(i)
                    .append("\",\"title\":\"T\",\"badges\":[]}");
        }
        links.append('}');
        return "{\"type\":\"item\",\"id\":" + quote(id) + ",\"labels\":" + labelJson
                + ",\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"made up for a test\"}}"
                + ",\"aliases\":" + (aliases.isEmpty() ? "[]" : aliasJson) + ",\"claims\":" + claims
                + ",\"sitelinks\":" + links + ",\"lastrevid\":1}";
    }

    static String claims(String... claims) {
        Map<String, List<String>> byProperty = new java.util.LinkedHashMap<>();
        for (String claim : claims) {
            String property = claim.substring(claim.indexOf("\"property\":\"") + 12, claim.indexOf("\"", claim.indexOf("\"property\":\"") + 12));
            byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(claim);
        }
        return byProperty.entrySet().stream().map(e -> quote(e.getKey()) + ":" + String.join(",", e.getValue()).transform(s -> "[" + s + "]"))
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String claim(String property, String value, String... extra) {
        return "{\"mainsnak\":" + snak(property, value) + ",\"type\":\"statement\","
                + (extra.length > 0 ? extra[0] + "," : "") + "\"id\":\"X$1\",\"rank\":\"normal\"}";
    }

    static String snak(String property, String datavalue) {
        return "{\"snaktype\":\"value\",\"property\":" + quote(property) + ",\"datavalue\":" + datavalue + "}";
    }

    static String entity(String q) {
        return "{\"value\":{\"entity-type\":\"item\",\"numeric-id\":" + q.substring(1) + ",\"id\":" + quote(q) + "},\"type\":\"wikibase-entityid\"}";
    }

    static String time(String time, int precision) {
        return "{\"value\":{\"time\":" + quote(time) + ",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":" + precision
                + ",\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},\"type\":\"time\"}";
    }

    static String term(String language, String value) {
        return "{\"language\":" + quote(language) + ",\"value\":" + quote(value) + "}";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
