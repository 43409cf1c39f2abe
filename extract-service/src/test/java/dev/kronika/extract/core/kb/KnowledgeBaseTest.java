package dev.kronika.extract.core.kb;

import dev.kronika.extract.core.model.EntityType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {

    private static final String TSV = String.join("\n",
            "# id\ttype\tkind\twikidata\ten\tpl\tcs\tsl\tru\tuk\tbg\tattrs",
            "per:anna-example\tPER\tperson\t\tAnna Example|Example\tAnna Egzampel|Egzampel\t\t\tАнна Экзампел|Экзампел\t\t\tgender=f;role=head_of_state@loc:ruritania[2001-01-01..]",
            "org:ruritanian-league\tORG\tinternational_org\tQ1\tRuritanian League|RL\tLiga Ruritańska|LR\t\t\tРуританская лига|РЛ\t\t\t",
            "loc:ruritania\tLOC\tcountry\t\tRuritania\tRuritania\tRuritánie\t\tРуритания\tРуританія\tРуритания\tcapital=loc:strel;demonym.en=Ruritanian");

    private static KnowledgeBase kb() throws Exception {
        return KnowledgeBase.of(KnowledgeBase.parse(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
    }

    @Test
    void parsesColumnsNamesAndAttributes() throws Exception {
        KnowledgeBase kb = kb();
        assertEquals(3, kb.size());
        KbEntity anna = kb.byId("per:anna-example").orElseThrow();
        assertEquals(EntityType.PER, anna.type());
        assertEquals("Anna Egzampel", anna.canonicalName("pl").orElseThrow());
        assertEquals("Anna Example", anna.canonicalName("bg").orElseThrow());
        assertEquals(List.of("f"), anna.attrs().get("gender"));
        assertEquals("Q1", kb.byId("org:ruritanian-league").orElseThrow().wikidata().orElseThrow());
    }

    @Test
    void findsEntitiesByAnyNameSpellingOrScript() throws Exception {
        KnowledgeBase kb = kb();
        assertEquals("per:anna-example", kb.find("Экзампел", "ru", EntityType.PER).orElseThrow().id());
        assertEquals("per:anna-example", kb.find("Egzampel", "pl", EntityType.PER).orElseThrow().id());
        assertEquals("org:ruritanian-league", kb.find("РЛ", "ru", EntityType.ORG).orElseThrow().id());
        assertEquals("loc:ruritania", kb.find("Руританія", "uk", EntityType.LOC).orElseThrow().id());
        assertTrue(kb.find("Nowhere", "en", EntityType.LOC).isEmpty());
    }

    @Test
    void rejectsMalformedLinesWithTheirPlace() {
        String bad = "per:x\tPER\tperson\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeBase.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.tsv"));
        assertTrue(e.getMessage().startsWith("bad.tsv:1"));
    }

    @Test
    void bundledKnowledgeBaseLoads() {
        assertTrue(KnowledgeBase.bundled().size() >= 0);
    }

    private static KbEntity entity(String id, EntityType type, String wikidata, Map<String, List<String>> names) {
        return new KbEntity(id, type, "test", Optional.ofNullable(wikidata), names, Map.of());
    }

    @Test
    void anExactNameInTheLanguageWinsOverAFoldedOne() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                entity("org:mod-a", EntityType.ORG, null, Map.of("ru", List.of("Министерство обороны А", "Минобороны"))),
                entity("org:mod-b", EntityType.ORG, null, Map.of("uk", List.of("Міністерство оборони Б", "Міноборони")))));
        assertEquals(NameKeys.key("Минобороны", "ru"), NameKeys.key("Міноборони", "uk"));
        assertEquals("org:mod-a", kb.find("Минобороны", "ru", EntityType.ORG).orElseThrow().id());
        assertEquals("org:mod-b", kb.find("Міноборони", "uk", EntityType.ORG).orElseThrow().id());
        assertEquals(List.of("org:mod-b"), kb.lookup("Міноборони", "uk").stream().map(KbEntity::id).toList());
        assertEquals(2, kb.lookup("Minoborony", "en").size());
    }

    @Test
    void bundledNamesThatUsedToCollideStayApart() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertEquals("loc:ruse", kb.find("Русе", "bg", EntityType.LOC).orElseThrow().id());
        assertEquals("loc:ruse", kb.find("Ruse", "en", EntityType.LOC).orElseThrow().id());
        assertEquals("loc:russia", kb.find("Русия", "bg", EntityType.LOC).orElseThrow().id());
        assertEquals("evt:world-war-i", kb.find("WWI", "en", EntityType.EVT).orElseThrow().id());
        assertEquals("evt:world-war-ii", kb.find("WWII", "en", EntityType.EVT).orElseThrow().id());
        assertEquals("per:sanna-marin", kb.find("Marin", "en", EntityType.PER).orElseThrow().id());
        assertTrue(kb.lookup("Marin", "en").stream().noneMatch(e -> e.id().equals("loc:san-marino")));
        assertEquals("loc:san-marino", kb.find("San Marino", "pl", EntityType.LOC).orElseThrow().id());
        assertEquals("per:sanna-marin", kb.find("Sanna Marin", "pl", EntityType.PER).orElseThrow().id());
        assertEquals("org:mod-russia", kb.find("Минобороны", "ru", EntityType.ORG).orElseThrow().id());
        assertEquals("org:mod-ukraine", kb.find("Міноборони", "uk", EntityType.ORG).orElseThrow().id());
    }

    @Test
    void bundledSpellingsOfOneNameStillMeet() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        String lukashenko = kb.find("Lukashenko", "en", EntityType.PER).orElseThrow().id();
        assertEquals(lukashenko, kb.find("Łukaszenka", "pl", EntityType.PER).orElseThrow().id());
        assertEquals(lukashenko, kb.find("Łukaszenko", "pl", EntityType.PER).orElseThrow().id());
        assertEquals(lukashenko, kb.find("Лукашенко", "ru", EntityType.PER).orElseThrow().id());
        assertEquals(lukashenko, kb.find("Лукашенко", "uk", EntityType.PER).orElseThrow().id());
    }

    @Test
    void composedEntitiesMergeByIdOrWikidataAndOthersAreAdded() throws Exception {
        KnowledgeBase base = kb();
        KnowledgeBase composed = KnowledgeBase.compose(base, List.of(
                entity("org:rl-imported", EntityType.ORG, "Q1", Map.of("cs", List.of("Ruritánská liga"), "en", List.of("League of Ruritania"))),
                entity("per:anna-example", EntityType.PER, null, Map.of("sl", List.of("Ana Egzampel"))),
                entity("per:new-person", EntityType.PER, "Q2", Map.of("en", List.of("Newton Person")))));
        assertEquals(4, composed.size());
        assertTrue(composed.byId("org:rl-imported").isEmpty());
        KbEntity league = composed.byId("org:ruritanian-league").orElseThrow();
        assertEquals(List.of("Ruritanian League", "RL", "League of Ruritania"), league.names("en"));
        assertEquals("org:ruritanian-league", composed.find("Ruritánská liga", "cs", EntityType.ORG).orElseThrow().id());
        assertEquals("per:anna-example", composed.find("Ana Egzampel", "sl", EntityType.PER).orElseThrow().id());
        assertEquals("Anna Example", composed.byId("per:anna-example").orElseThrow().canonicalName("en").orElseThrow());
        assertEquals("per:new-person", composed.find("Person", "en", EntityType.PER).map(KbEntity::id)
                .or(() -> composed.find("Newton Person", "en", EntityType.PER).map(KbEntity::id)).orElseThrow());
        assertEquals(3, base.size());
    }

    @Test
    void extraFilesOnDiskAreMergedIn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("extra.tsv");
        java.nio.file.Files.writeString(file, "org:ruritanian-league\tORG\tinternational_org\tQ1\t\t\t\t\t\tРуританська ліга\t\t\n"
                + "loc:strel\tLOC\tcity\t\tStrel\t\t\t\tСтрель\t\t\t\tcountry=loc:ruritania\n");
        KnowledgeBase kb = KnowledgeBase.withFiles(kb(), List.of(file));
        assertEquals(4, kb.size());
        assertEquals("org:ruritanian-league", kb.find("Руританська ліга", "uk", EntityType.ORG).orElseThrow().id());
        assertEquals("loc:strel", kb.find("Стрель", "ru", EntityType.LOC).orElseThrow().id());
    }
}
