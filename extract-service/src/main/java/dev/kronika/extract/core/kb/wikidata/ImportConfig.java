package dev.kronika.extract.core.kb.wikidata;

import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Wikidata importer keeps: the classes of items (P31 value to type and kind, first
 * listed wins), the positions that give role facts, the languages, and the sitelink threshold.
 * The defaults are {@code kb/wikidata/classes.tsv} and {@code kb/wikidata/positions.tsv}.
 */
public record ImportConfig(Map<String, EntityClass> classes, Map<String, String> positionRoles,
                           List<String> languages, int minSitelinks, long progressEvery) {

    /** The type and kind an item gets from a class; {@code rank} orders classes (lower wins). */
    public record EntityClass(EntityType type, String kind, int rank) {
    }

    public ImportConfig {
        classes = Map.copyOf(classes);
        positionRoles = Map.copyOf(positionRoles);
        languages = List.copyOf(languages);
        for (String language : languages) {
            if (!KnowledgeBase.LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("unsupported language '" + language + "'; the knowledge base has " + KnowledgeBase.LANGUAGES);
            }
        }
    }

    public static ImportConfig defaults() {
        return new ImportConfig(readClasses(resource("kb/wikidata/classes.tsv"), "kb/wikidata/classes.tsv"),
                readPositions(resource("kb/wikidata/positions.tsv"), "kb/wikidata/positions.tsv"),
                KnowledgeBase.LANGUAGES, 10, 1_000_000);
    }

    public ImportConfig withClasses(Path file) {
        return new ImportConfig(readClasses(open(file), file.toString()), positionRoles, languages, minSitelinks, progressEvery);
    }

    public ImportConfig withPositions(Path file) {
        return new ImportConfig(classes, readPositions(open(file), file.toString()), languages, minSitelinks, progressEvery);
    }

    public ImportConfig withLanguages(List<String> languages) {
        return new ImportConfig(classes, positionRoles, languages, minSitelinks, progressEvery);
    }

    public ImportConfig withMinSitelinks(int minSitelinks) {
        return new ImportConfig(classes, positionRoles, languages, minSitelinks, progressEvery);
    }

    public ImportConfig withProgressEvery(long progressEvery) {
        return new ImportConfig(classes, positionRoles, languages, minSitelinks, progressEvery);
    }

    private static InputStream resource(String name) {
        InputStream in = ImportConfig.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Map<String, EntityClass> readClasses(InputStream in, String source) {
        Map<String, EntityClass> out = new LinkedHashMap<>();
        for (String[] cells : rows(in, source, 3)) {
            EntityType type;
            try {
                type = EntityType.valueOf(cells[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": unknown type '" + cells[1] + "' for " + cells[0]);
            }
            out.putIfAbsent(qid(cells[0], source), new EntityClass(type, cells[2].strip(), out.size()));
        }
        return out;
    }

    static Map<String, String> readPositions(InputStream in, String source) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] cells : rows(in, source, 2)) {
            out.putIfAbsent(qid(cells[0], source), cells[1].strip());
        }
        return out;
    }

    private static String qid(String cell, String source) {
        String q = cell.strip();
        if (!q.matches("Q[0-9]+")) {
            throw new IllegalArgumentException(source + ": '" + q + "' is not a Wikidata item id");
        }
        return q;
    }

    private static List<String[]> rows(InputStream in, String source, int minColumns) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] cells = l.split("\t");
                if (cells.length < minColumns) {
                    throw new IllegalArgumentException(source + ": expected " + minColumns + " tab-separated columns: " + l);
                }
                return cells;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties the importer reads. */
    static final Set<String> PROPERTIES = Set.of("P31", "P279", "P17", "P21", "P39", "P1001");
    /** Qualifiers the importer reads: start and end time. */
    static final Set<String> QUALIFIERS = Set.of("P580", "P582");
}
