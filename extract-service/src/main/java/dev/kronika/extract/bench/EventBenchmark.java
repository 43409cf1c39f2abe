package dev.kronika.extract.bench;

import dev.kronika.extract.core.event.EventExtractionStage;
import dev.kronika.extract.core.model.AnchorDate;
import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.DocumentRequest;
import dev.kronika.extract.core.model.EntityRecord;
import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Event;
import dev.kronika.extract.core.model.LanguageResult;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.TimeWindow;
import dev.kronika.extract.core.model.Token;
import dev.kronika.extract.core.model.ValueSource;
import dev.kronika.extract.core.text.SentenceSplitter;
import dev.kronika.extract.core.text.Tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Event extraction benchmark: event-type accuracy and actor F1 on the PLOVER gold-standard
 * sentences ({@code ../shared/corpora/plover-gsr}), and per-language accuracy on Kronika's own
 * multilingual event set ({@code src/test/resources/event/multilingual-events.tsv}).
 *
 * <p>The PLOVER sentences come without entity annotations; until the named-entity stage is in
 * the pipeline this benchmark stands in capitalised word sequences as mentions.
 */
public final class EventBenchmark {

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("kronika.shared.dir", "../shared"));
        EventExtractionStage stage = new EventExtractionStage();
        Path plover = shared.resolve("corpora/plover-gsr/PLOVER_GSR_CAMEO.txt");
        if (Files.exists(plover)) {
            System.out.println(PloverGold.score(plover, "capitalised word sequences", (text, date) -> {
                Document document = DocumentBuilder.of("en", date, text).capitalisedMentions().build();
                stage.process(document);
                return document;
            }).table());
            dev.kronika.extract.core.ExtractionEngine engine = dev.kronika.extract.core.ExtractionEngine.standard();
            System.out.println(PloverGold.score(plover, "standard pipeline (NER, linking, time)", (text, date) -> engine.extractText(text,
                    new DocumentRequest(Optional.of(LocalDate.parse(date)), Optional.of("en"), Optional.empty()))).table());
        } else {
            System.out.println("PLOVER gold standard not found at " + plover.toAbsolutePath());
        }
        Path seeds = shared.resolve("seeds");
        if (Files.exists(seeds.resolve("gold.json"))) {
            System.out.println(SeedScorer.run(seeds, dev.kronika.extract.core.ExtractionEngine.standard()).table());
        }
        Path set = locateTestSet();
        if (set != null) {
            System.out.println(MultilingualSet.score(set, stage).table());
        } else {
            System.out.println("multilingual event set not found (set -Dkronika.events.testset=PATH)");
        }
    }

    private static Path locateTestSet() {
        String property = System.getProperty("kronika.events.testset");
        List<Path> candidates = new ArrayList<>();
        if (property != null) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("extract-service/src/test/resources/event/multilingual-events.tsv"));
        candidates.add(Path.of("src/test/resources/event/multilingual-events.tsv"));
        for (Path candidate : candidates) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Builds a document from one's own sentences with hand-placed layers, so that event
     * extraction can be tested and measured without the entity and time stages.
     */
    public static final class DocumentBuilder {

        private final String language;
        private final LocalDate published;
        private final String text;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<TimeExpression> times = new ArrayList<>();
        private final Map<String, EntityRecord> entities = new LinkedHashMap<>();

        public DocumentBuilder(String language, LocalDate published, String text) {
            this.language = language;
            this.published = published;
            this.text = text;
        }

        public static DocumentBuilder of(String language, String published, String text) {
            return new DocumentBuilder(language, LocalDate.parse(published), text);
        }

        /** Marks every whole-word occurrence of the surface form as a mention of the entity. */
        public DocumentBuilder mention(EntityType type, String surface, String key) {
            for (Span span : occurrences(surface)) {
                mentions.add(new Mention(span, surface, type, surface, key, 1.0));
            }
            entities.computeIfAbsent(key, k -> new EntityRecord(k, type, surface, new ArrayList<>(), Optional.empty()));
            EntityRecord record = entities.get(key);
            List<String> names = new ArrayList<>(record.names());
            if (!names.contains(surface)) {
                names.add(surface);
            }
            entities.put(key, new EntityRecord(key, type, record.name(), names, Optional.empty()));
            return this;
        }

        public DocumentBuilder per(String surface, String key) {
            return mention(EntityType.PER, surface, key);
        }

        public DocumentBuilder loc(String surface, String key) {
            return mention(EntityType.LOC, surface, key);
        }

        public DocumentBuilder org(String surface, String key) {
            return mention(EntityType.ORG, surface, key);
        }

        /** A date expression covering the days earliest..latest ("2023-01-05" or "2023-01-05..2023-01-07"). */
        public DocumentBuilder date(String surface, String days) {
            String[] bounds = days.split("\\.\\.");
            LocalDate earliest = LocalDate.parse(bounds[0]);
            LocalDate latest = bounds.length > 1 ? LocalDate.parse(bounds[1]) : earliest;
            for (Span span : occurrences(surface)) {
                times.add(new TimeExpression(span, surface, TimeExpression.Type.DATE, days,
                        TimeWindow.between(earliest, latest, earliest.equals(latest) ? TimeWindow.Granularity.DAY : TimeWindow.Granularity.UNSPECIFIED)));
            }
            return this;
        }

        /** A duration such as "within two months" (TIMEX3 value "P2M"). */
        public DocumentBuilder duration(String surface, String value) {
            for (Span span : occurrences(surface)) {
                times.add(new TimeExpression(span, surface, TimeExpression.Type.DURATION, value, TimeWindow.unknown()));
            }
            return this;
        }

        /** Stands in capitalised word sequences (not sentence-initial function words) as mentions of unknown type. */
        public DocumentBuilder capitalisedMentions() {
            List<Token> tokens = new Tokenizer().tokenize(text);
            int i = 0;
            while (i < tokens.size()) {
                if (tokens.get(i).isWord() && tokens.get(i).isCapitalized() && tokens.get(i).text().length() > 1) {
                    int j = i;
                    while (j + 1 < tokens.size() && tokens.get(j + 1).isWord() && tokens.get(j + 1).isCapitalized()
                            && tokens.get(j + 1).begin() - tokens.get(j).end() <= 1) {
                        j++;
                    }
                    Span span = new Span(tokens.get(i).begin(), tokens.get(j).end());
                    if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                        String surface = span.of(text);
                        mentions.add(new Mention(span, surface, EntityType.ORG, surface, "org:" + surface.toLowerCase(Locale.ROOT), 0.5));
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
            return this;
        }

        /** The core's sentence splitter; a plain full-stop split if it cannot be loaded (seen with a broken abbreviation list). */
        private List<Span> sentences(List<Token> tokens) {
            try {
                return List.copyOf(new SentenceSplitter().split(text, tokens));
            } catch (LinkageError e) {
                List<Span> spans = new ArrayList<>();
                int start = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    Token token = tokens.get(i);
                    if (start < 0) {
                        start = token.begin();
                    }
                    boolean last = i + 1 == tokens.size();
                    boolean lineBreak = !last && text.substring(token.end(), tokens.get(i + 1).begin()).contains("\n");
                    boolean stop = lineBreak || (token.text().matches("[.!?…]") && (last || tokens.get(i + 1).isCapitalized()));
                    if (stop || last) {
                        spans.add(new Span(start, token.end()));
                        start = -1;
                    }
                }
                return spans;
            }
        }

        private List<Span> occurrences(String surface) {
            List<Span> spans = new ArrayList<>();
            int from = 0;
            while (true) {
                int at = text.indexOf(surface, from);
                if (at < 0) {
                    return spans;
                }
                int end = at + surface.length();
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (wordStart && wordEnd) {
                    spans.add(new Span(at, end));
                }
                from = at + 1;
            }
        }

        public Document build() {
            Document document = new Document(text, DocumentRequest.publishedOn(published));
            List<Token> tokens = List.copyOf(new Tokenizer().tokenize(text));
            document.set(Layers.CONTENT, Content.wholeText(text));
            document.set(Layers.LANGUAGE, new LanguageResult(language, ValueSource.REQUEST, 1.0));
            document.set(Layers.TOKENS, tokens);
            document.set(Layers.SENTENCES, sentences(tokens));
            document.set(Layers.ANCHOR_DATE, new AnchorDate(Optional.of(published), ValueSource.REQUEST));
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort((a, b) -> a.span().compareTo(b.span()));
            // A longer mention wins over one inside it ("Putin" inside "Władimir Putin").
            List<Mention> kept = new ArrayList<>();
            for (Mention m : sorted) {
                if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                    kept.add(m);
                } else {
                    Mention covering = kept.stream().filter(k -> k.span().overlaps(m.span())).findFirst().orElseThrow();
                    if (m.span().length() > covering.span().length()) {
                        kept.remove(covering);
                        kept.add(m);
                    }
                }
            }
            kept.sort((a, b) -> a.span().compareTo(b.span()));
            document.set(Layers.MENTIONS, List.copyOf(kept));
            document.set(Layers.ENTITIES, List.copyOf(entities.values()));
            List<TimeExpression> sortedTimes = new ArrayList<>(times);
            sortedTimes.sort((a, b) -> a.span().compareTo(b.span()));
            document.set(Layers.TIME_EXPRESSIONS, List.copyOf(sortedTimes));
            return document;
        }
    }

    /** A printable one-line summary of an event: TYPE/MODE/STATUS, actors, place, window. */
    public static String describe(Event event) {
        return event.type() + "/" + event.mode() + "/" + event.status() + " " + event.actorKeys()
                + event.locationKey().map(l -> " @" + l).orElse("")
                + " " + event.time().earliest().map(LocalDate::toString).orElse("?") + ".." + event.time().latest().map(LocalDate::toString).orElse("?");
    }


    /** Kronika's own multilingual event set: a TSV of hand-annotated sentences with the events expected. */
    public static final class MultilingualSet {

        /** One row: language, publication date, text, annotations, expected events. */
        public record Row(int line, String language, String published, String text, String annotations, String expected) {

            public Document document() {
                DocumentBuilder builder = DocumentBuilder.of(language, published, text);
                if (!annotations.isBlank() && !annotations.equals("-")) {
                    for (String item : annotations.split(";")) {
                        String entry = item.strip();
                        if (entry.isEmpty()) {
                            continue;
                        }
                        int space = entry.indexOf(' ');
                        int eq = entry.lastIndexOf('=');
                        String kind = entry.substring(0, space);
                        String surface = entry.substring(space + 1, eq).strip();
                        String value = entry.substring(eq + 1).strip();
                        switch (kind) {
                            case "PER" -> builder.per(surface, value);
                            case "LOC" -> builder.loc(surface, value);
                            case "ORG" -> builder.org(surface, value);
                            case "DATE" -> builder.date(surface, value);
                            case "DUR" -> builder.duration(surface, value);
                            default -> throw new IllegalArgumentException("line " + line + ": unknown annotation " + kind);
                        }
                    }
                }
                return builder.build();
            }

            /** Null when the events are what the row expects, else what went wrong. */
            public String check(List<Event> events) {
                List<String> expectations = expected.equals("-") ? List.of() : List.of(expected.split("\\s*\\|\\s*"));
                List<Event> unmatched = new ArrayList<>(events);
                for (String expectation : expectations) {
                    Event match = unmatched.stream().filter(e -> matches(expectation.strip(), e)).findFirst().orElse(null);
                    if (match == null) {
                        return "line " + line + " [" + language + "] expected " + expectation + " in " + describeAll(events) + " :: " + text;
                    }
                    unmatched.remove(match);
                }
                if (!unmatched.isEmpty()) {
                    return "line " + line + " [" + language + "] unexpected " + describeAll(unmatched) + " :: " + text;
                }
                return null;
            }

            private static boolean matches(String expectation, Event event) {
                String[] parts = expectation.split("\\s+");
                String[] head = parts[0].split("/");
                if (!event.type().name().equals(head[0]) || !event.mode().name().equals(head[1]) || !event.status().name().equals(head[2])) {
                    return false;
                }
                for (int i = 1; i < parts.length; i++) {
                    String part = parts[i];
                    if (part.startsWith("{")) {
                        List<String> actors = List.of(part.substring(1, part.length() - 1).split(","));
                        if (!(event.actorKeys().containsAll(actors) && actors.containsAll(event.actorKeys()))) {
                            return false;
                        }
                    } else if (part.startsWith("@")) {
                        String place = part.substring(1);
                        if (!event.locationKey().orElse("-").equals(place)) {
                            return false;
                        }
                    } else if (part.contains("..")) {
                        String[] days = part.split("\\.\\.");
                        if (!event.time().earliest().map(LocalDate::toString).orElse("?").equals(days[0])
                                || !event.time().latest().map(LocalDate::toString).orElse("?").equals(days[1])) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }

        public static List<Row> read(Path path) throws IOException {
            List<Row> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    throw new IllegalArgumentException(path + " line " + (i + 1) + ": expected 5 tab-separated fields");
                }
                rows.add(new Row(i + 1, f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip()));
            }
            return rows;
        }

        static SetScore score(Path path, EventExtractionStage stage) throws IOException {
            Map<String, int[]> perLanguage = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            for (Row row : read(path)) {
                Document document = row.document();
                stage.process(document);
                String failure = row.check(document.get(Layers.EVENTS));
                int[] counts = perLanguage.computeIfAbsent(row.language(), k -> new int[2]);
                counts[1]++;
                if (failure == null) {
                    counts[0]++;
                } else {
                    failures.add(failure);
                }
            }
            return new SetScore(perLanguage, failures);
        }
    }

    static String describeAll(List<Event> events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(describe(e)));
        return out.toString();
    }

    /**
     * Per-article event reports of the seed articles against {@code gold.json}: each gold event
     * (type, mode, status, participants, place, a window inside the gold window) must be reported
     * by every article that is its source; a contact between the gold participants that matches
     * no gold or optional event is an extra.
     */
    public static final class SeedScorer {

        public record Result(int expected, int found, List<String> problems, Map<String, Document> documents, long eventNanos) {

            public String table() {
                StringBuilder out = new StringBuilder("Seed articles (full standard pipeline) against gold.json\n");
                out.append(String.format(Locale.ROOT, "  gold event reports found : %d/%d%n", found, expected));
                out.append(String.format(Locale.ROOT, "  extra contacts           : %d%n", problems.stream().filter(p -> p.contains(": extra ")).count()));
                out.append(String.format(Locale.ROOT, "  event stage time         : %.1f ms per article%n", eventNanos / 1e6 / Math.max(1, documents.size())));
                problems.forEach(p -> out.append("  ").append(p).append('\n'));
                documents.keySet().stream().sorted().forEach(file -> {
                    out.append("  ").append(file).append('\n');
                    documents.get(file).get(Layers.EVENTS).forEach(e -> out.append("    ").append(describe(e)).append('\n'));
                });
                return out.toString();
            }
        }

        public static Result run(Path seeds, dev.kronika.extract.core.ExtractionEngine engine) throws IOException {
            com.google.gson.JsonObject gold = com.google.gson.JsonParser.parseString(read(seeds.resolve("gold.json"))).getAsJsonObject();
            Map<String, Document> documents = new TreeMap<>();
            long[] eventNanos = {0};
            for (com.google.gson.JsonElement element : gold.getAsJsonArray("documents")) {
                com.google.gson.JsonObject doc = element.getAsJsonObject();
                String file = doc.get("file").getAsString();
                documents.put(file, engine.extractText(read(seeds.resolve(file)),
                        DocumentRequest.publishedOn(LocalDate.parse(doc.get("published").getAsString())),
                        (stage, nanos) -> {
                            if (stage instanceof EventExtractionStage) {
                                eventNanos[0] += nanos;
                            }
                        }));
            }
            Map<String, Optional<String>> keys = new TreeMap<>();
            for (String entity : gold.getAsJsonObject("entities").keySet()) {
                keys.put(entity, systemKey(gold, documents, entity));
            }
            List<String> problems = new ArrayList<>();
            int expected = 0;
            int found = 0;
            for (String file : documents.keySet()) {
                List<Event> events = documents.get(file).get(Layers.EVENTS);
                List<Event> unexplained = new ArrayList<>();
                for (Event event : events) {
                    if (event.type() == dev.kronika.extract.core.model.EventType.CONSULT
                            && keys.get("putin").map(event.actorKeys()::contains).orElse(false)
                            && keys.get("lukashenko").map(event.actorKeys()::contains).orElse(false)) {
                        unexplained.add(event);
                    }
                }
                for (String list : List.of("events", "optional_events")) {
                    for (com.google.gson.JsonElement element : gold.getAsJsonArray(list)) {
                        com.google.gson.JsonObject goldEvent = element.getAsJsonObject();
                        List<String> sources = new ArrayList<>();
                        goldEvent.getAsJsonArray("sources").forEach(e -> sources.add(e.getAsString()));
                        if (!sources.contains(file)) {
                            continue;
                        }
                        Optional<Event> match = events.stream().filter(e -> matches(goldEvent, e, keys)).findFirst();
                        match.ifPresent(unexplained::remove);
                        if (list.equals("events")) {
                            expected++;
                            if (match.isPresent()) {
                                found++;
                            } else {
                                problems.add(file + ": missing " + goldEvent.get("id").getAsString());
                            }
                        }
                    }
                }
                unexplained.forEach(extra -> problems.add(file + ": extra " + describe(extra)));
            }
            return new Result(expected, found, problems, documents, eventNanos[0]);
        }

        /** The system's key for a gold entity: the key most of its gold mentions got. */
        private static Optional<String> systemKey(com.google.gson.JsonObject gold, Map<String, Document> documents, String goldEntity) {
            Map<String, Integer> votes = new TreeMap<>();
            for (com.google.gson.JsonElement element : gold.getAsJsonArray("documents")) {
                com.google.gson.JsonObject doc = element.getAsJsonObject();
                Document document = documents.get(doc.get("file").getAsString());
                for (com.google.gson.JsonElement m : doc.getAsJsonArray("mentions")) {
                    com.google.gson.JsonObject mention = m.getAsJsonObject();
                    if (!mention.get("entity").getAsString().equals(goldEntity)) {
                        continue;
                    }
                    for (Mention found : document.get(Layers.MENTIONS)) {
                        if (found.text().equals(mention.get("text").getAsString()) && found.entityKey() != null) {
                            votes.merge(found.entityKey(), 1, Integer::sum);
                        }
                    }
                }
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }

        private static boolean matches(com.google.gson.JsonObject goldEvent, Event event, Map<String, Optional<String>> keys) {
            if (!event.type().name().equals(goldEvent.get("type").getAsString())) {
                return false;
            }
            com.google.gson.JsonElement mode = goldEvent.get("mode");
            if (mode != null && !mode.isJsonNull() && !event.mode().name().equalsIgnoreCase(mode.getAsString())) {
                return false;
            }
            if (!event.status().name().equalsIgnoreCase(goldEvent.get("status").getAsString())) {
                return false;
            }
            for (com.google.gson.JsonElement actor : goldEvent.getAsJsonArray("actors")) {
                if (!keys.getOrDefault(actor.getAsString(), Optional.empty()).map(event.actorKeys()::contains).orElse(false)) {
                    return false;
                }
            }
            com.google.gson.JsonElement location = goldEvent.get("location");
            if (location != null && !location.isJsonNull()
                    && !keys.getOrDefault(location.getAsString(), Optional.empty()).equals(event.locationKey())) {
                return false;
            }
            com.google.gson.JsonObject time = goldEvent.getAsJsonObject("time");
            LocalDate earliest = LocalDate.parse(time.get("earliest").getAsString());
            LocalDate latest = LocalDate.parse(time.get("latest").getAsString());
            return event.time().earliest().map(d -> !d.isBefore(earliest)).orElse(false)
                    && event.time().latest().map(d -> !d.isAfter(latest)).orElse(false);
        }
    }

    /** The PLOVER gold-standard records and their scoring. */
    public static final class PloverGold {

        /** PLOVER 0.5 types that Kronika's ontology names differently. */
        private static final Map<String, String> TYPE_MAP = Map.of(
                "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT");

        public static PloverScore score(Path path, String mentions, java.util.function.BiFunction<String, String, Document> extract) throws IOException {
            com.google.gson.JsonArray records = com.google.gson.JsonParser.parseString(read(path)).getAsJsonArray();
            int sentences = 0;
            int typed = 0;
            int correct = 0;
            int covered = 0;
            int actorTp = 0;
            int predicted = 0;
            int gold = 0;
            Map<String, int[]> perType = new TreeMap<>();
            Map<String, Map<String, Integer>> confusion = new TreeMap<>();
            List<String> errors = new ArrayList<>();
            java.util.Set<String> modelled = new java.util.HashSet<>();
            for (dev.kronika.extract.core.model.EventType t : dev.kronika.extract.core.model.EventType.values()) {
                modelled.add(t.name());
            }
            for (com.google.gson.JsonElement element : records) {
                com.google.gson.JsonObject record = element.getAsJsonObject();
                if (!record.has("text") || record.get("event").getAsString().equals("DOCUMENT")) {
                    continue;
                }
                sentences++;
                String goldType = record.get("event").getAsString();
                String mapped = TYPE_MAP.getOrDefault(goldType, goldType);
                String text = record.get("text").getAsString();
                Document document = extract.apply(text, record.has("date") ? record.get("date").getAsString() : "2000-01-01");
                List<Event> events = document.get(Layers.EVENTS);
                if (!modelled.contains(mapped)) {
                    continue;
                }
                typed++;
                int[] counts = perType.computeIfAbsent(goldType, k -> new int[2]);
                counts[1]++;
                Event best = events.stream().max((a, b) -> Double.compare(typeScore(a, mapped, false), typeScore(b, mapped, false))).orElse(null);
                Event top = mainEvent(events);
                if (top != null) {
                    covered++;
                    if (top.type().name().equals(mapped)) {
                        correct++;
                        counts[0]++;
                    }
                }
                String predictedType = top == null ? "-" : top.type().name();
                confusion.computeIfAbsent(mapped, k -> new TreeMap<>()).merge(predictedType, 1, Integer::sum);
                if (!predictedType.equals(mapped)) {
                    List<String> found = new ArrayList<>();
                    for (Event e : events) {
                        found.add(e.type() + "'" + e.trigger().of(document.text()) + "'" + e.status() + String.format(Locale.ROOT, "%.2f", e.confidence()));
                    }
                    errors.add(mapped + " <- " + predictedType + " " + found + " :: " + text);
                }
                List<String> goldActors = actors(record, "source");
                goldActors.addAll(actors(record, "target"));
                List<String> predictedActors = new ArrayList<>();
                if (best != null) {
                    for (String key : best.actorKeys()) {
                        predictedActors.add(surfaceOf(document, key));
                    }
                }
                gold += goldActors.size();
                predicted += predictedActors.size();
                List<String> remaining = new ArrayList<>(goldActors);
                List<String> wrong = new ArrayList<>();
                for (String p : predictedActors) {
                    String hit = remaining.stream().filter(g -> lenientMatch(g, p)).findFirst().orElse(null);
                    if (hit != null) {
                        actorTp++;
                        remaining.remove(hit);
                    } else {
                        wrong.add(p);
                    }
                }
                if (Boolean.getBoolean("kronika.events.actors") && (!wrong.isEmpty() || !remaining.isEmpty())) {
                    errors.add("actors: extra " + wrong + " missed " + remaining + " :: " + text);
                }
            }
            return new PloverScore(mentions, sentences, typed, correct, covered,
                    predicted == 0 ? 0 : (double) actorTp / predicted, gold == 0 ? 0 : (double) actorTp / gold, perType,
                    confusion, errors);
        }

        /** The sentence's main event: the most confident, and of those the first in the text. */
        static Event mainEvent(List<Event> events) {
            Event best = null;
            for (Event event : events) {
                if (best == null || event.confidence() > best.confidence() + 1e-9
                        || (Math.abs(event.confidence() - best.confidence()) < 1e-9 && event.trigger().begin() < best.trigger().begin())) {
                    best = event;
                }
            }
            return best;
        }

        private static double typeScore(Event event, String goldType, boolean unused) {
            return event.confidence();
        }

        private static List<String> actors(com.google.gson.JsonObject record, String field) {
            List<String> out = new ArrayList<>();
            if (!record.has(field) || !record.get(field).isJsonArray()) {
                return out;
            }
            for (com.google.gson.JsonElement actor : record.get(field).getAsJsonArray()) {
                if (actor.isJsonObject() && actor.getAsJsonObject().has("actorText")) {
                    out.add(actor.getAsJsonObject().get("actorText").getAsString());
                }
            }
            return out;
        }

        private static String surfaceOf(Document document, String key) {
            for (Mention m : document.get(Layers.MENTIONS)) {
                if (key.equals(m.entityKey())) {
                    return m.text();
                }
            }
            return key;
        }

        /** Lenient actor match: one name contains the other, or they share a capitalised word. */
        static boolean lenientMatch(String gold, String predicted) {
            String g = gold.toLowerCase(Locale.ROOT);
            String p = predicted.toLowerCase(Locale.ROOT);
            if (g.contains(p) || p.contains(g)) {
                return true;
            }
            for (String word : g.split("[^\\p{L}]+")) {
                if (word.length() > 3 && p.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
    public record PloverScore(String mentions, int sentences, int typed, int typeCorrect, int covered, double actorPrecision, double actorRecall,
                       Map<String, int[]> perType, Map<String, Map<String, Integer>> confusion, List<String> errors) {

        /** Share of the sentences with a modelled gold type whose main event has that type. */
        public double typeAccuracy() {
            return (double) typeCorrect / Math.max(1, typed);
        }

        public double actorF1() {
            return actorPrecision + actorRecall == 0 ? 0 : 2 * actorPrecision * actorRecall / (actorPrecision + actorRecall);
        }

        public String table() {
            StringBuilder out = new StringBuilder();
            out.append("PLOVER GSR (English, ").append(sentences).append(" sentences; mentions: ").append(mentions).append(")\n");
            out.append(String.format(Locale.ROOT, "  sentences with a gold type we model : %d%n", typed));
            out.append(String.format(Locale.ROOT, "  event found (any type)              : %d (%.1f%%)%n", covered, 100.0 * covered / Math.max(1, typed)));
            out.append(String.format(Locale.ROOT, "  event type accuracy                 : %.1f%% (%d/%d)%n", 100.0 * typeCorrect / Math.max(1, typed), typeCorrect, typed));
            double f1 = actorPrecision + actorRecall == 0 ? 0 : 2 * actorPrecision * actorRecall / (actorPrecision + actorRecall);
            out.append(String.format(Locale.ROOT, "  actor P / R / F1 (lenient)          : %.2f / %.2f / %.2f%n", actorPrecision, actorRecall, f1));
            out.append("  per gold type (correct/total):\n");
            perType.forEach((type, counts) -> out.append(String.format(Locale.ROOT, "    %-12s %3d/%3d%n", type, counts[0], counts[1])));
            out.append("  confusion (gold type: predicted main event type x count; '-' none):\n");
            confusion.forEach((type, row) -> out.append(String.format(Locale.ROOT, "    %-10s %s%n", type, row)));
            if (Boolean.getBoolean("kronika.events.errors")) {
                out.append("  sentences whose main event type is wrong (gold <- predicted [events] :: text):\n");
                errors.forEach(e -> out.append("    ").append(e).append('\n'));
            }
            return out.toString();
        }
    }

    record SetScore(Map<String, int[]> perLanguage, List<String> failures) {

        String table() {
            StringBuilder out = new StringBuilder("Multilingual event set (own sentences): documents fully correct\n");
            int correct = 0;
            int total = 0;
            for (Map.Entry<String, int[]> e : new TreeMap<>(perLanguage).entrySet()) {
                out.append(String.format(Locale.ROOT, "  %-4s %3d/%3d  %.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]));
                correct += e.getValue()[0];
                total += e.getValue()[1];
            }
            out.append(String.format(Locale.ROOT, "  all  %3d/%3d  %.1f%%%n", correct, total, 100.0 * correct / Math.max(1, total)));
            failures.forEach(f -> out.append("  FAIL ").append(f).append('\n'));
            return out.toString();
        }
    }

    static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
