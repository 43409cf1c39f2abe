package dev.kronika.extract.core.kb;

import dev.kronika.extract.core.model.EntityType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
}
