package dev.kronika.extract.service;

import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.EntityRecord;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Layers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refresher against a fake query-service, one tick at a time. */
class KnowledgeBaseRefresherTest {

    private static final String TEXT = "Minister Bożydar Trzcinowski spotkał się we wtorek w Warszawie z ambasadorem Kanady.";
    private static final String ID = "per:test-bozydar-trzcinowski";

    private static ExtractionEngine standard;
    private static KnowledgeBaseLayers layers;

    private FakeSource source;
    private CurrentEngine current;
    private KnowledgeBaseRefresher refresher;

    @BeforeAll
    static void loadEngine() {
        standard = ExtractionEngine.standard();
        layers = KnowledgeBaseLayers.load(KnowledgeBase.bundled(), List.of());
    }

    @BeforeEach
    void setUp() {
        source = new FakeSource();
        current = new CurrentEngine(standard);
        refresher = new KnowledgeBaseRefresher(source, layers, current);
    }

    @Test
    void anAddedEntityIsLinkedByTheNextExtractionAndADeletedOneNoLonger() {
        assertFalse(keys().contains(ID));
        assertFalse(refresher.refresh(), "nothing changed yet");
        assertSame(standard, current.get());

        source.add(person(ID, "Bożydar Trzcinowski", "Trzcinowski"));
        ExtractionEngine inFlight = current.get();
        assertTrue(refresher.refresh());
        assertNotSame(inFlight, current.get());
        assertTrue(keys().contains(ID), "linked to the user's id: " + keys());
        assertFalse(keys(inFlight).contains(ID), "a request that took the old engine finishes on it");
        assertEquals(1, refresher.userEntityCount());

        ExtractionEngine withEntity = current.get();
        assertFalse(refresher.refresh(), "no change, no rebuild");
        assertSame(withEntity, current.get());

        source.delete(ID);
        assertTrue(refresher.refresh());
        assertFalse(keys().contains(ID), "deleted: " + keys());
        assertEquals(0, refresher.userEntityCount());
        assertEquals(source.revision, refresher.revision());
    }

    @Test
    void anUnreachableSourceKeepsTheCurrentKnowledgeBaseAndTheNextTickCatchesUp() {
        source.add(person(ID, "Bożydar Trzcinowski", "Trzcinowski"));
        source.down = true;
        assertFalse(refresher.refresh());
        assertSame(standard, current.get());
        assertFalse(keys().contains(ID), "extraction goes on with what it has");

        source.down = false;
        assertTrue(refresher.refresh());
        assertTrue(keys().contains(ID));
    }

    @Test
    void aSourceWhoseRevisionsWentBackIsReadAgainFromTheStart() {
        source.add(person(ID, "Bożydar Trzcinowski", "Trzcinowski"));
        source.add(person("per:test-other-person", "Ludmiła Oset", "Oset"));
        source.delete("per:test-other-person");
        assertTrue(refresher.refresh());
        assertEquals(3, refresher.revision());
        assertTrue(keys().contains(ID));

        // query-service's store was rebuilt: revisions start from 1 again and the old entities are gone.
        source.replaceWith(new FakeSource());
        source.add(person("per:test-third-person", "Jarosław Perz", "Perz"));
        assertTrue(refresher.refresh());
        assertFalse(keys().contains(ID), "gone with the old store: " + keys());
        assertEquals(1, refresher.userEntityCount());
        assertEquals(1, refresher.revision());
    }

    private Set<String> keys() {
        return keys(current.get());
    }

    private static Set<String> keys(ExtractionEngine engine) {
        Document document = engine.extractText(TEXT, DocumentRequest.EMPTY);
        return document.get(Layers.ENTITIES).stream().map(EntityRecord::key).collect(Collectors.toSet());
    }

    private static KbEntity person(String id, String fullName, String surname) {
        return new KbEntity(id, EntityType.PER, "person", Optional.empty(),
                Map.of("pl", List.of(fullName, surname), "en", List.of(fullName)), Map.of("gender", List.of("m")));
    }

    /** A query-service in memory: every change takes the next revision; deletions leave tombstones. */
    private static final class FakeSource implements KnowledgeBaseChanges {

        private final Map<String, Object[]> rows = new LinkedHashMap<>();
        long revision;
        boolean down;

        void add(KbEntity entity) {
            rows.remove(entity.id());
            rows.put(entity.id(), new Object[] {entity, ++revision, false});
        }

        void delete(String id) {
            Object[] row = rows.remove(id);
            rows.put(id, new Object[] {row[0], ++revision, true});
        }

        void replaceWith(FakeSource other) {
            rows.clear();
            rows.putAll(other.rows);
            revision = other.revision;
        }

        @Override
        public Changes since(long after) {
            if (down) {
                throw new IllegalStateException("UNAVAILABLE: io exception");
            }
            List<KbEntity> upserted = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (Object[] row : rows.values()) {
                if ((long) row[1] > after) {
                    KbEntity entity = (KbEntity) row[0];
                    if ((boolean) row[2]) {
                        deleted.add(entity.id());
                    } else {
                        upserted.add(entity);
                    }
                }
            }
            return new Changes(upserted, deleted, revision);
        }
    }
}
