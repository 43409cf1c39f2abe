package dev.kronika.extract.service;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseLayersTest {

    @TempDir
    Path dir;

    @Test
    void laterLayersReplaceTheSameIdAndAddTheRest() throws IOException {
        KnowledgeBase bundled = KnowledgeBase.of(List.of(city("loc:test-brzegowo", "Brzegowo"), city("loc:test-dolina", "Dolina")));
        Path file = dir.resolve("extra.tsv");
        Files.writeString(file, "# imported\nloc:test-dolina\tLOC\tcity\tQ123\tValley Town\tDolina Wielka\t\t\t\t\t\t\n",
                StandardCharsets.UTF_8);
        KnowledgeBaseLayers layers = KnowledgeBaseLayers.load(bundled, List.of(file.toString()));
        assertFalse(layers.bundledOnly());

        KnowledgeBase withFile = layers.compose(List.of());
        assertEquals(2, withFile.size());
        assertEquals(Optional.of("Q123"), withFile.byId("loc:test-dolina").orElseThrow().wikidata());

        KnowledgeBase withUser = layers.compose(List.of(city("loc:test-brzegowo", "Brzegowo Nowe"), city("loc:test-gorka", "Górka")));
        assertEquals(3, withUser.size());
        assertEquals("Brzegowo Nowe", withUser.byId("loc:test-brzegowo").orElseThrow().canonicalName("pl").orElseThrow());
        assertTrue(withUser.lookup("Brzegowo", "pl").isEmpty(), "the replaced names are gone");
        assertEquals("loc:test-gorka", withUser.find("Górka", "pl", EntityType.LOC).orElseThrow().id());
    }

    @Test
    void aMissingFileFailsAtStartNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KnowledgeBaseLayers.load(KnowledgeBase.empty(), List.of(dir.resolve("missing.tsv").toString())));
        assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());
    }

    private static KbEntity city(String id, String name) {
        return new KbEntity(id, EntityType.LOC, "city", Optional.empty(), Map.of("pl", List.of(name)), Map.of());
    }
}
