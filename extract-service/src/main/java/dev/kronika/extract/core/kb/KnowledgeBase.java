package dev.kronika.extract.core.kb;

import dev.kronika.extract.core.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entity knowledge base: the TSV files listed in {@code kb/index.txt} on the classpath (see
 * KB-FORMAT). Looked up by folded name key (see {@link NameKeys}), so any spelling or script of a
 * listed name finds its entity. Immutable once loaded.
 */
public final class KnowledgeBase {

    public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "sl", "ru", "uk", "bg");

    private final Map<String, KbEntity> byId;
    private final Map<String, List<KbEntity>> byKey;
    private final java.util.Set<String> firstNameKeys;
    private final java.util.Set<String> exactNames;

    private KnowledgeBase(Collection<KbEntity> entities) {
        Map<String, KbEntity> ids = new LinkedHashMap<>();
        Map<String, List<KbEntity>> keys = new HashMap<>();
        for (KbEntity entity : entities) {
            ids.put(entity.id(), entity);
            for (Map.Entry<String, List<String>> names : entity.names().entrySet()) {
                for (String name : names.getValue()) {
                    String key = NameKeys.key(name, names.getKey());
                    if (!key.isEmpty()) {
                        List<KbEntity> list = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
                        if (!list.contains(entity)) {
                            list.add(entity);
                        }
                    }
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byKey = Map.copyOf(keys);
        java.util.Set<String> firstNames = new java.util.HashSet<>();
        for (KbEntity entity : entities) {
            if (entity.type() != EntityType.PER) {
                continue;
            }
            for (Map.Entry<String, List<String>> names : entity.names().entrySet()) {
                for (String name : names.getValue()) {
                    String[] words = name.strip().split("\\s+");
                    if (words.length > 1) {
                        firstNames.add(NameKeys.key(words[0], names.getKey()));
                    }
                }
            }
        }
        this.firstNameKeys = java.util.Set.copyOf(firstNames);
        java.util.Set<String> exact = new java.util.HashSet<>();
        for (KbEntity entity : entities) {
            exact.addAll(entity.allNames());
        }
        this.exactNames = java.util.Set.copyOf(exact);
    }

    public static KnowledgeBase of(Collection<KbEntity> entities) {
        return new KnowledgeBase(entities);
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of());
    }

    /** The knowledge base bundled under {@code kb/} on the classpath; empty when there is none. */
    public static KnowledgeBase bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final KnowledgeBase BUNDLED = loadClasspath("kb/");
    }

    /** Loads every file named in {@code <prefix>index.txt}. */
    public static KnowledgeBase loadClasspath(String prefix) {
        ClassLoader loader = KnowledgeBase.class.getClassLoader();
        List<KbEntity> entities = new ArrayList<>();
        try (InputStream index = loader.getResourceAsStream(prefix + "index.txt")) {
            if (index == null) {
                return empty();
            }
            for (String file : readLines(index)) {
                String name = file.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(prefix + name)) {
                    if (in == null) {
                        throw new IllegalStateException("knowledge-base file listed but missing: " + prefix + name);
                    }
                    entities.addAll(parse(in, name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnowledgeBase(entities);
    }

    /** Parses one TSV file; malformed lines fail with the file and line number. */
    public static List<KbEntity> parse(InputStream in, String source) throws IOException {
        List<KbEntity> entities = new ArrayList<>();
        int lineNumber = 0;
        for (String line : readLines(in)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 4 + LANGUAGES.size()) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": expected at least "
                        + (4 + LANGUAGES.size()) + " columns, found " + cells.length);
            }
            EntityType type;
            try {
                type = EntityType.valueOf(cells[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineNumber + ": unknown type '" + cells[1] + "'");
            }
            Map<String, List<String>> names = new LinkedHashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                List<String> list = splitList(cells[4 + i], "\\|");
                if (!list.isEmpty()) {
                    names.put(LANGUAGES.get(i), list);
                }
            }
            Map<String, List<String>> attrs = new LinkedHashMap<>();
            if (cells.length > 4 + LANGUAGES.size()) {
                for (String pair : splitList(cells[4 + LANGUAGES.size()], ";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        attrs.computeIfAbsent(pair.substring(0, eq).strip(), k -> new ArrayList<>())
                                .addAll(splitList(pair.substring(eq + 1), "\\|"));
                    }
                }
            }
            String wikidata = cells[3].strip();
            entities.add(new KbEntity(cells[0].strip(), type, cells[2].strip(),
                    wikidata.isEmpty() ? Optional.empty() : Optional.of(wikidata), names, attrs));
        }
        return entities;
    }

    private static List<String> splitList(String cell, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(separator)) {
            String value = part.strip();
            if (!value.isEmpty()) {
                out.add(value);
            }
        }
        return out;
    }

    private static List<String> readLines(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            lines.add(line);
        }
        return lines;
    }

    /** True when some entity has exactly this name (case and inflection as written). */
    public boolean hasName(String name) {
        return exactNames.contains(name);
    }

    /** True when the word is the first word of a person's full name in the knowledge base. */
    public boolean isFirstName(String word, String language) {
        return !firstNameKeys.isEmpty() && firstNameKeys.contains(NameKeys.key(word, language));
    }

    public Optional<KbEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<KbEntity> entities() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Entities one of whose names folds to the same key as this name. */
    public List<KbEntity> lookup(String name, String language) {
        return byKey.getOrDefault(NameKeys.key(name, language), List.of());
    }

    /** Entities by an already folded key. */
    public List<KbEntity> lookupKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The best entity for the name, preferring the expected type. */
    public Optional<KbEntity> find(String name, String language, EntityType preferred) {
        List<KbEntity> found = lookup(name, language);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return found.stream().filter(e -> e.type() == preferred).findFirst().or(() -> Optional.of(found.get(0)));
    }
}
