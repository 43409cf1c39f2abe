package dev.kronika.extract.service;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KnowledgeBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base in layers: the bundled files, then configured files, then the entities users
 * added. An id in a later layer replaces the same id in an earlier one, so a user can correct a
 * bundled entry by adding an entity with its id.
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
        List<KbEntity> base = new ArrayList<>(bundled.entities());
        for (String file : files) {
            Path path = Path.of(file.strip());
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("kronika.extract.kb.files: no such file " + path.toAbsolutePath());
            }
            try (InputStream in = Files.newInputStream(path)) {
                base.addAll(KnowledgeBase.parse(in, path.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge-base file " + path, e);
            }
        }
        return new KnowledgeBaseLayers(base, files.isEmpty());
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
