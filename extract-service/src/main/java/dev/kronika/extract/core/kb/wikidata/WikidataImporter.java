package dev.kronika.extract.core.kb.wikidata;

import dev.kronika.extract.core.kb.KbEntity;
import dev.kronika.extract.core.kb.KbTsv;
import dev.kronika.extract.core.kb.KnowledgeBase;
import dev.kronika.extract.core.kb.NameKeys;
import dev.kronika.extract.core.model.EntityType;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a Wikidata JSON dump into a knowledge-base TSV file (KB-FORMAT). One streaming pass
 * over the dump writes the kept entities to a temporary file with their references to other
 * items still as Q-ids (a city's country, a position's jurisdiction may come later in the dump);
 * a second pass over that much smaller file turns them into knowledge-base ids, dropping facts
 * whose target was not kept. Memory holds one entity of the dump, the Q-id to id map of kept
 * entities and the positions of interest.
 */
public final class WikidataImporter {

    private static final String MALE = "Q6581097";
    private static final String FEMALE = "Q6581072";
    /** A reference to an item still to be resolved, in the temporary file. */
    private static final String REF = "wd:";
    private static final Pattern ROLE_REF = Pattern.compile("wd:(Q[0-9]+)(\\[[0-9-]*\\.\\.[0-9-]*])");

    private final ImportConfig config;
    private final Map<String, String> knownIds = new HashMap<>();

    /**
     * @param known entities whose Wikidata ids keep their ids in the output (the bundled knowledge
     *              base), so that the imported file merges into them
     */
    public WikidataImporter(ImportConfig config, KnowledgeBase known) {
        this.config = config;
        for (KbEntity entity : known.entities()) {
            entity.wikidata().ifPresent(q -> knownIds.putIfAbsent(q, entity.id()));
        }
    }

    /** What an import did; {@code items} counts every entity of the dump, parsed or skipped. */
    public record Summary(long items, long kept, long roleFacts, long droppedReferences, double seconds) {
        public double itemsPerSecond() {
            return seconds <= 0 ? 0 : items / seconds;
        }
    }

    private record Position(String role, String jurisdiction) {
    }

    /** Reads the dump (plain, .gz or .bz2) and writes the TSV file. */
    public Summary run(Path dump, Path out, Consumer<String> progress) throws IOException {
        long start = System.nanoTime();
        Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), "kb-import", ".tsv.part");
        try {
            Map<String, String> idsByQ = new HashMap<>();
            Map<String, Position> positions = new HashMap<>();
            long[] counts = new long[2];
            try (WikidataDumpReader reader = WikidataDumpReader.open(dump, readLanguages(), ImportConfig.PROPERTIES, ImportConfig.QUALIFIERS)
                    .withLineFilter(this::mentionsAWantedClass);
                 BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                Set<String> usedIds = new HashSet<>(knownIds.values());
                long nextReport = config.progressEvery();
                for (Optional<WikidataItem> next; (next = reader.next()).isPresent(); ) {
                    WikidataItem item = next.get();
                    notePosition(item, positions);
                    Optional<KbEntity> entity = convert(item, usedIds);
                    if (entity.isPresent()) {
                        counts[1]++;
                        idsByQ.put(item.id(), entity.get().id());
                        writer.write(KbTsv.line(entity.get()));
                        writer.write('\n');
                    }
                    if (config.progressEvery() > 0 && reader.entitiesRead() >= nextReport) {
                        nextReport = (reader.entitiesRead() / config.progressEvery() + 1) * config.progressEvery();
                        double seconds = (System.nanoTime() - start) / 1e9;
                        progress.accept(String.format(Locale.ROOT, "%,d entities read (line %,d), %,d kept, %,.0f entities/s",
                                reader.entitiesRead(), reader.lineNumber(), counts[1], reader.entitiesRead() / seconds));
                    }
                }
                counts[0] = reader.entitiesRead();
            }
            long[] resolved = resolve(temporary, out, idsByQ, positions);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Summary(counts[0], counts[1], resolved[0], resolved[1], seconds);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * True when the raw entity JSON mentions one of the listed classes or positions as an item
     * value anywhere: a superset of the items the importer keeps or remembers, found without
     * parsing. Kept items need a listed P31 value; positions a listed id or P279/P31 value.
     */
    boolean mentionsAWantedClass(String json) {
        String marker = "\"id\":\"Q";
        for (int at = json.indexOf(marker); at >= 0; at = json.indexOf(marker, at + marker.length())) {
            int begin = at + marker.length() - 1;
            int end = begin + 1;
            while (end < json.length() && Character.isDigit(json.charAt(end))) {
                end++;
            }
            String q = json.substring(begin, end);
            if (config.classes().containsKey(q) || config.positionRoles().containsKey(q)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> readLanguages() {
        Set<String> languages = new HashSet<>(config.languages());
        languages.add("mul"); // Wikidata's label for all languages, mostly names of people
        return languages;
    }

    /** Remembers items that are positions of interest (President of X) with their jurisdiction. */
    private void notePosition(WikidataItem item, Map<String, Position> positions) {
        String role = config.positionRoles().get(item.id());
        if (role == null) {
            for (String property : List.of("P279", "P31")) {
                for (String q : item.entityValues(property)) {
                    if (role == null) {
                        role = config.positionRoles().get(q);
                    }
                }
            }
        }
        if (role == null) {
            return;
        }
        List<String> jurisdiction = item.entityValues("P1001");
        if (jurisdiction.isEmpty()) {
            jurisdiction = item.entityValues("P17");
        }
        if (!jurisdiction.isEmpty()) {
            positions.put(item.id(), new Position(role, jurisdiction.get(0)));
        }
    }

    /** The entity for a dump item, with references still as Q-ids; empty when the item is not kept. */
    Optional<KbEntity> convert(WikidataItem item, Set<String> usedIds) {
        if (item.sitelinks() < config.minSitelinks()) {
            return Optional.empty();
        }
        ImportConfig.EntityClass best = null;
        for (String q : item.entityValues("P31")) {
            ImportConfig.EntityClass c = config.classes().get(q);
            if (c != null && (best == null || c.rank() < best.rank())) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Map<String, List<String>> names = names(item);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        if (best.type() == EntityType.PER) {
            for (String gender : item.entityValues("P21")) {
                if (gender.equals(MALE) || gender.equals(FEMALE)) {
                    attrs.computeIfAbsent("gender", k -> new ArrayList<>()).add(gender.equals(MALE) ? "m" : "f");
                    break;
                }
            }
            for (WikidataItem.Statement held : item.statements("P39")) {
                String term = term(held);
                if (held.value().entity() != null && term != null) {
                    attrs.computeIfAbsent("role", k -> new ArrayList<>()).add(REF + held.value().entity() + term);
                }
            }
        } else if (!best.kind().equals("country") && !best.kind().equals("historical_country")) {
            for (String country : item.entityValues("P17")) {
                List<String> list = attrs.computeIfAbsent("country", k -> new ArrayList<>());
                if (!list.contains(REF + country)) {
                    list.add(REF + country);
                }
            }
        }
        String id = id(item, best.type(), names, usedIds);
        return Optional.of(new KbEntity(id, best.type(), best.kind(), Optional.of(item.id()), names, attrs));
    }

    /** Per language the label, then the aliases; Wikidata's "mul" label stands in for a missing English one. */
    private Map<String, List<String>> names(WikidataItem item) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String language : config.languages()) {
            List<String> list = new ArrayList<>();
            String label = item.labels().get(language);
            if (label == null && language.equals("en")) {
                label = item.labels().get("mul");
            }
            add(list, label);
            for (String alias : item.aliases().getOrDefault(language, List.of())) {
                add(list, alias);
            }
            if (!list.isEmpty()) {
                names.put(language, list);
            }
        }
        return names;
    }

    private static void add(List<String> list, String name) {
        if (name == null) {
            return;
        }
        String clean = KbTsv.clean(name);
        if (!clean.isEmpty() && !list.contains(clean)) {
            list.add(clean);
        }
    }

    /** The bundled entity's id for a known Q-id, else a readable slug of the English (or first) name, made unique with the Q-id. */
    private String id(WikidataItem item, EntityType type, Map<String, List<String>> names, Set<String> usedIds) {
        String knownId = knownIds.get(item.id());
        if (knownId != null) {
            return knownId;
        }
        String prefix = type.name().toLowerCase(Locale.ROOT) + ":";
        Map.Entry<String, List<String>> first = names.containsKey("en")
                ? Map.entry("en", names.get("en")) : names.entrySet().iterator().next();
        String slug = NameKeys.slug(first.getValue().get(0), first.getKey());
        String id = prefix + (slug.isEmpty() ? item.id().toLowerCase(Locale.ROOT) : slug);
        if (!usedIds.add(id)) {
            id = id + "-" + item.id().toLowerCase(Locale.ROOT);
            usedIds.add(id);
        }
        return id;
    }

    /** "[start..end]" of a statement's P580/P582 qualifiers; null when an end is given but cannot be read. */
    static String term(WikidataItem.Statement statement) {
        List<WikidataItem.Value> starts = statement.qualifier("P580");
        List<WikidataItem.Value> ends = statement.qualifier("P582");
        String start = starts.isEmpty() ? "" : date(starts.get(0), false);
        String end = ends.isEmpty() ? "" : date(ends.get(0), true);
        if (end == null) {
            return null; // an unreadable end must not read as "still in office"
        }
        return "[" + (start == null ? "" : start) + ".." + end + "]";
    }

    private static final Pattern TIME = Pattern.compile("\\+(\\d{1,9})-(\\d{2})-(\\d{2})T.*");

    /**
     * An ISO date of a Wikidata time: the day when known, else the first (for a start) or last
     * (for an end) day of the month or year given; null before year 1 or coarser than a year.
     */
    static String date(WikidataItem.Value value, boolean end) {
        if (value.time() == null || value.precision() < 9) {
            return null;
        }
        Matcher m = TIME.matcher(value.time());
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (year < 1 || year > 9999) {
                return null;
            }
            LocalDate date;
            if (value.precision() >= 11 && month > 0 && day > 0) {
                date = LocalDate.of(year, month, day);
            } else if (value.precision() == 10 && month > 0) {
                YearMonth ym = YearMonth.of(year, month);
                date = end ? ym.atEndOfMonth() : ym.atDay(1);
            } else {
                date = end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return date.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Second pass: Q-id references to knowledge-base ids; returns {role facts, dropped references}. */
    private long[] resolve(Path temporary, Path out, Map<String, String> idsByQ, Map<String, Position> positions) throws IOException {
        long roles = 0;
        long dropped = 0;
        try (BufferedReader reader = Files.newBufferedReader(temporary, StandardCharsets.UTF_8);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("# Imported from a Wikidata dump by ImportWikidata; format: KB-FORMAT\n");
            writer.write(KbTsv.HEADER + "\n");
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.lastIndexOf('\t');
                String attrs = line.substring(tab + 1);
                List<String> kept = new ArrayList<>();
                for (String pair : attrs.isEmpty() ? new String[0] : attrs.split(";")) {
                    int eq = pair.indexOf('=');
                    String key = pair.substring(0, eq);
                    String value = pair.substring(eq + 1);
                    String resolved = switch (key) {
                        case "country" -> resolveId(value.substring(REF.length()), idsByQ);
                        case "role" -> resolveRole(value, idsByQ, positions);
                        default -> value;
                    };
                    if (resolved == null) {
                        dropped += key.equals("role") ? 0 : 1;
                        continue;
                    }
                    if (key.equals("role")) {
                        roles++;
                    }
                    String fact = key + "=" + resolved;
                    if (!kept.contains(fact)) {
                        kept.add(fact);
                    }
                }
                writer.write(line, 0, tab + 1);
                writer.write(String.join(";", kept));
                writer.write('\n');
            }
        }
        return new long[] {roles, dropped};
    }

    private String resolveId(String q, Map<String, String> idsByQ) {
        String id = knownIds.get(q);
        return id != null ? id : idsByQ.get(q);
    }

    private String resolveRole(String value, Map<String, String> idsByQ, Map<String, Position> positions) {
        Matcher m = ROLE_REF.matcher(value);
        if (!m.matches()) {
            return null;
        }
        Position position = positions.get(m.group(1));
        if (position == null) {
            return null;
        }
        String jurisdiction = resolveId(position.jurisdiction(), idsByQ);
        return jurisdiction == null ? null : position.role() + "@" + jurisdiction + m.group(2);
    }
}
