package dev.kronika.extract.core.kb;

import dev.kronika.extract.core.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The entity knowledge base: the TSV files listed in {@code kb/index.txt} on the classpath (see
 * KB-FORMAT). Looked up by folded name key (see {@link NameKeys}), so any spelling or script of a
 * listed name finds its entity. Immutable once loaded.
 */
public final class KnowledgeBase {

    public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "sl", "ru", "uk", "bg");

    private final Map<String, KbEntity> byId;
    /** Folded name key to entities. */
    private final Map<String, Object> byKey;
    /** Name exactly as written, in any language, to entities (language checked on lookup). */
    private final Map<String, Object> byExactName;
    private final Set<String> firstNameKeys;
    private final Map<String, KbEntity> byStems;

    private KnowledgeBase(Collection<KbEntity> entities) {
        Map<String, KbEntity> ids = new LinkedHashMap<>();
        for (KbEntity entity : entities) {
            ids.merge(entity.id(), entity, KbEntity::mergedWith);
        }
        Map<String, List<KbEntity>> keys = new HashMap<>();
        Map<String, List<KbEntity>> exact = new HashMap<>();
        Set<String> firstNames = new HashSet<>();
        Map<String, KbEntity> stems = new HashMap<>();
        Map<String, String> pool = new HashMap<>();
        Map<String, String> keyMemo = new HashMap<>();
        for (KbEntity entity : ids.values()) {
            for (Map.Entry<String, List<String>> names : entity.names().entrySet()) {
                String language = names.getKey();
                for (String name : names.getValue()) {
                    addTo(exact, name, entity);
                    // Latin-script names fold alike in every language: fold each once.
                    String key = keys(keyMemo, name, language);
                    if (!key.isEmpty()) {
                        addTo(keys, pool.computeIfAbsent(key, k -> k), entity);
                    }
                    String stem = stemOfKey(key);
                    if (stem != null) {
                        stems.putIfAbsent(pool.computeIfAbsent(stem, k -> k), entity);
                    }
                    if (entity.type() == EntityType.PER) {
                        String[] words = name.strip().split("\\s+");
                        if (words.length > 1) {
                            firstNames.add(keys(keyMemo, words[0], language));
                        }
                    }
                }
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byKey = compact(keys);
        this.byExactName = compact(exact);
        this.firstNameKeys = Set.copyOf(firstNames);
        this.byStems = Map.copyOf(stems);
    }

    /** The folded key, computed once per distinct name (per language for Cyrillic ones) and shared. */
    private static String keys(Map<String, String> memo, String name, String language) {
        String memoKey = NameKeys.hasCyrillic(name) ? language + "|" + name : name;
        String key = memo.get(memoKey);
        if (key == null) {
            key = NameKeys.computeKey(name, language);
            memo.put(memoKey, key);
        }
        return key;
    }

    private static void addTo(Map<String, List<KbEntity>> index, String key, KbEntity entity) {
        List<KbEntity> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(entity)) {
            list.add(entity);
        }
    }

    /**
     * Index values are a {@link KbEntity} when there is one (most names) and a list otherwise:
     * a one-element list per name would cost a fifth of a large knowledge base's heap.
     */
    private static Map<String, Object> compact(Map<String, List<KbEntity>> index) {
        Map<String, Object> out = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((k, v) -> out.put(k, v.size() == 1 ? v.get(0) : List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static List<KbEntity> entitiesOf(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof KbEntity entity ? List.of(entity) : (List<KbEntity>) value;
    }

    /** A knowledge base of these entities; entities with the same id are merged. */
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

    /**
     * The base with extra entities (user-added, imported): an extra entity with the id or the
     * Wikidata id of one already known is merged into it (the known entity's id, type and
     * canonical names win, the extra names become variants); others are added.
     */
    public static KnowledgeBase compose(KnowledgeBase base, Collection<KbEntity> extra) {
        if (extra.isEmpty()) {
            return base;
        }
        Map<String, KbEntity> merged = new LinkedHashMap<>(base.byId);
        Map<String, String> idByWikidata = new HashMap<>();
        for (KbEntity entity : merged.values()) {
            entity.wikidata().ifPresent(q -> idByWikidata.putIfAbsent(q, entity.id()));
        }
        for (KbEntity entity : extra) {
            String id = merged.containsKey(entity.id()) ? entity.id()
                    : entity.wikidata().map(idByWikidata::get).orElse(entity.id());
            merged.merge(id, entity, KbEntity::mergedWith);
            entity.wikidata().ifPresent(q -> idByWikidata.putIfAbsent(q, id));
        }
        return new KnowledgeBase(merged.values());
    }

    /** The bundled knowledge base with the entities of these TSV files (KB-FORMAT) merged in. */
    public static KnowledgeBase withFiles(List<Path> files) {
        return withFiles(bundled(), files);
    }

    /** The base with the entities of these TSV files (KB-FORMAT, plain or gzipped) merged in, in order. */
    public static KnowledgeBase withFiles(KnowledgeBase base, List<Path> files) {
        return compose(base, readFiles(files));
    }

    /** The entities of these TSV files (plain, or gzipped when the name ends in .gz), in order. */
    public static List<KbEntity> readFiles(List<Path> files) {
        List<KbEntity> entities = new ArrayList<>();
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                entities.addAll(parse(in, file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge-base file " + file, e);
            }
        }
        return entities;
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
        Map<String, String> pool = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
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
                list.replaceAll(name -> pool.computeIfAbsent(name, n -> n));
                if (!list.isEmpty()) {
                    names.put(LANGUAGES.get(i), list);
                }
            }
            Map<String, List<String>> attrs = new LinkedHashMap<>();
            if (cells.length > 4 + LANGUAGES.size()) {
                for (String pair : splitList(cells[4 + LANGUAGES.size()], ";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        List<String> values = splitList(pair.substring(eq + 1), "\\|");
                        values.replaceAll(value -> pool.computeIfAbsent(value, v -> v));
                        attrs.computeIfAbsent(pool.computeIfAbsent(pair.substring(0, eq).strip(), k -> k), k -> new ArrayList<>())
                                .addAll(values);
                    }
                }
            }
            String wikidata = cells[3].strip();
            entities.add(new KbEntity(cells[0].strip(), type, pool.computeIfAbsent(cells[2].strip(), k -> k),
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

    /**
     * A key of a multi-word name that ignores case endings: each word's folded key cut to five
     * letters, so "Spojeného království" finds "Spojené království". Null for one-word names,
     * where cutting would confuse different names.
     */
    static String stemKey(String name, String language) {
        return stemOfKey(NameKeys.key(name, language));
    }

    private static String stemOfKey(String key) {
        String[] words = key.split("-");
        if (words.length < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(w, 0, Math.min(5, w.length())).append('-');
        }
        return out.toString();
    }

    public static String stemKeyOf(String name, String language) {
        return stemKey(name, language);
    }

    /** A multi-word name by {@link #stemKey}. */
    public Optional<KbEntity> findByStems(String name, String language) {
        String key = stemKey(name, language);
        return key == null ? Optional.empty() : Optional.ofNullable(byStems.get(key));
    }

    /** The entity of a one-word name the knowledge base writes in lowercase ("brexit", "koronawirus"). */
    public Optional<KbEntity> lowercaseName(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0)) || word.contains(" ")) {
            return Optional.empty();
        }
        return entitiesOf(byExactName.get(word)).stream().findFirst();
    }

    /** True when some entity has exactly this name (case and inflection as written). */
    public boolean hasName(String name) {
        return byExactName.containsKey(name);
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

    /**
     * Entities with this name: those that list it exactly as written in this language when there
     * are any ("Минобороны" in Russian is Russia's ministry, "Міноборони" in Ukrainian is
     * Ukraine's, though both fold to one key), else those one of whose names folds to its key.
     */
    public List<KbEntity> lookup(String name, String language) {
        List<KbEntity> exact = exactIn(name, language);
        return exact.isEmpty() ? lookupKey(NameKeys.key(name, language)) : exact;
    }

    /** Entities that list exactly this name in this language. */
    public List<KbEntity> exactIn(String name, String language) {
        List<KbEntity> found = entitiesOf(byExactName.get(name));
        List<KbEntity> out = new ArrayList<>(1);
        for (KbEntity entity : found) {
            if (entity.names(language).contains(name)) {
                out.add(entity);
            }
        }
        return out;
    }

    /** Entities by an already folded key. */
    public List<KbEntity> lookupKey(String key) {
        return entitiesOf(byKey.get(key));
    }

    /**
     * The best entity for the name: of the preferred type by exact name in the language, then by
     * folded key; failing that of any type, exact before folded.
     */
    public Optional<KbEntity> find(String name, String language, EntityType preferred) {
        List<KbEntity> exact = exactIn(name, language);
        List<KbEntity> folded = lookupKey(NameKeys.key(name, language));
        return exact.stream().filter(e -> e.type() == preferred).findFirst()
                .or(() -> folded.stream().filter(e -> e.type() == preferred).findFirst())
                .or(() -> exact.stream().findFirst())
                .or(() -> folded.stream().findFirst());
    }
}
