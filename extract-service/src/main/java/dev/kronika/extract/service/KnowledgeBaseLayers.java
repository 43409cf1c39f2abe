package dev.kronika.extract.service;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base in layers: the bundled files, then configured files (e.g. a Wikidata import,
 * merged into the bundled entities by id or Wikidata id, see {@link KnowledgeBase#withFiles}),
 * then the entities users added. A user's entity replaces the entity with the same id, so a user
 * can correct a bundled entry by adding an entity with its id.
 */
public final class KnowledgeBaseLayers {

    private final List<KbEntity> base;
    private final boolean bundledOnly;

    private KnowledgeBaseLayers(List<KbEntity> base, boolean bundledOnly) {
        this.base = List.copyOf(base);
        this.bundledOnly = bundledOnly;
    }

    /** The bundled knowledge base and the given TSV files, read once; a missing or malformed file fails with its name. */
    public static KnowledgeBaseLayers load(KnowledgeBase bundled, List<String> files) {
        List<Path> paths = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(file.strip());
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("kronika.extract.kb.files: no such file " + path.toAbsolutePath());
            }
            paths.add(path);
        }
        KnowledgeBase base = paths.isEmpty() ? bundled : KnowledgeBase.withFiles(bundled, paths);
        return new KnowledgeBaseLayers(new ArrayList<>(base.entities()), files.isEmpty());
    }

    /** True when there is nothing besides the bundled knowledge base. */
    public boolean bundledOnly() {
        return bundledOnly;
    }

    public KnowledgeBase compose(Collection<KbEntity> userEntities) {
        Map<String, KbEntity> byId = new LinkedHashMap<>();
        for (KbEntity entity : base) {
            byId.put(entity.id(), entity);
        }
        for (KbEntity entity : userEntities) {
            byId.put(entity.id(), entity);
        }
        return KnowledgeBase.of(byId.values());
    }
}
