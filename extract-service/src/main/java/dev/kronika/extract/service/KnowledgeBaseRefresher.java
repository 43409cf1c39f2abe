package dev.kronika.extract.service;

import dev.kronika.extract.core.ExtractionEngine;
import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the extraction's knowledge base in step with the entities users add through query-service.
 * Each {@link #refresh()} asks for the changes since the last revision seen; when there are any it
 * composes a new knowledge base (bundled + configured files + user entities), builds an engine
 * over it and swaps it in. When query-service cannot be reached, extraction goes on with the
 * knowledge base it has and the next tick tries again.
 */
public class KnowledgeBaseRefresher {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseRefresher.class);

    private final KnowledgeBaseChanges source;
    private final KnowledgeBaseLayers layers;
    private final CurrentEngine engine;
    /** The user entities the current engine was built with, by id. Guarded by this. */
    private final Map<String, KbEntity> userEntities = new LinkedHashMap<>();
    private long revision;
    private boolean failing;

    public KnowledgeBaseRefresher(KnowledgeBaseChanges source, KnowledgeBaseLayers layers, CurrentEngine engine) {
        this.source = source;
        this.layers = layers;
        this.engine = engine;
    }

    /** One poll: true when the engine was replaced. Never throws. */
    public synchronized boolean refresh() {
        try {
            KnowledgeBaseChanges.Changes changes = source.since(revision);
            boolean reset = changes.revision() < revision;
            if (reset) {
                // The source's revisions went back (its store was rebuilt): start over from all of it.
                changes = source.since(0);
            }
            recovered();
            if (changes.isEmpty() && !reset) {
                revision = changes.revision();
                return false;
            }
            Map<String, KbEntity> next = new LinkedHashMap<>(reset ? Map.of() : userEntities);
            changes.deleted().forEach(next::remove);
            for (KbEntity entity : changes.upserted()) {
                next.remove(entity.id());
                next.put(entity.id(), entity);
            }
            long start = System.nanoTime();
            KnowledgeBase kb = layers.compose(next.values());
            ExtractionEngine rebuilt = engine.get().withKnowledgeBase(kb);
            engine.swap(rebuilt);
            userEntities.clear();
            userEntities.putAll(next);
            revision = changes.revision();
            LOG.infof("knowledge base now at revision %d: %d entities, %d added by users (engine rebuilt in %d ms)",
                    revision, kb.size(), userEntities.size(), (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("cannot refresh the knowledge base from query-service, keeping revision %d: %s", revision, e.toString());
            } else {
                LOG.debugf("knowledge base refresh still failing: %s", e);
            }
            failing = true;
            return false;
        }
    }

    /** The revision of the user entities in the current engine. */
    public synchronized long revision() {
        return revision;
    }

    public synchronized int userEntityCount() {
        return userEntities.size();
    }

    private void recovered() {
        if (failing) {
            LOG.info("knowledge base refresh from query-service works again");
            failing = false;
        }
    }
}
