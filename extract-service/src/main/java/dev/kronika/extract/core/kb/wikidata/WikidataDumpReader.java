package dev.kronika.extract.core.kb.wikidata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Streams the official Wikidata JSON dump (one JSON array, one entity object per line, each line
 * but the last ending in a comma), plain, gzipped or bzip2-compressed. Each line is parsed on its
 * own with a streaming parser that skips everything not asked for, so memory holds one entity at
 * a time whatever the size of the dump. Malformed lines fail with their line number.
 */
public final class WikidataDumpReader implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final BufferedReader reader;
    private final String source;
    private final Set<String> languages;
    private final Set<String> properties;
    private final Set<String> qualifiers;
    private long lineNumber;
    private long entities;
    private Predicate<String> lineFilter = line -> true;

    /**
     * @param languages  label and alias languages to keep
     * @param properties statement properties to keep (P31, P17...)
     * @param qualifiers qualifier properties to keep on those statements (P580, P582)
     */
    public WikidataDumpReader(InputStream in, String source, Set<String> languages, Set<String> properties,
                              Set<String> qualifiers) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.source = source;
        this.languages = Set.copyOf(languages);
        this.properties = Set.copyOf(properties);
        this.qualifiers = Set.copyOf(qualifiers);
    }

    /** Opens a dump file, decompressing by its name: {@code .gz}, {@code .bz2}, else plain JSON. */
    public static WikidataDumpReader open(Path dump, Set<String> languages, Set<String> properties,
                                          Set<String> qualifiers) throws IOException {
        return new WikidataDumpReader(decompressed(dump), dump.toString(), languages, properties, qualifiers);
    }

    static InputStream decompressed(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".gz")) {
                return new GZIPInputStream(raw, 1 << 16);
            }
            if (name.endsWith(".bz2")) {
                // Wikimedia's dumps are written by parallel bzip2: many concatenated streams.
                return new BZip2CompressorInputStream(raw, true);
            }
        } catch (IOException e) {
            raw.close();
            throw new IOException(file + ": not a valid " + name.substring(name.lastIndexOf('.') + 1) + " file", e);
        }
        return raw;
    }

    /**
     * A cheap test on the raw line before parsing: lines it rejects are skipped unparsed (most of
     * the dump, when it looks for the item ids the wanted entities must mention).
     */
    public WikidataDumpReader withLineFilter(Predicate<String> filter) {
        this.lineFilter = filter;
        return this;
    }

    /** Entities (lines with an object) read so far, whether parsed or skipped. */
    public long entitiesRead() {
        return entities;
    }

    /** Lines read so far (the line number of the last entity returned). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next entity of type item (that passes the line filter); empty at the end of the dump. Properties and lexemes are skipped. */
    public Optional<WikidataItem> next() throws IOException {
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            String json = entityJson(line);
            if (json == null) {
                continue;
            }
            entities++;
            if (!lineFilter.test(json)) {
                continue;
            }
            try {
                WikidataItem item = parse(json);
                if (item != null) {
                    return Optional.of(item);
                }
            } catch (IOException | RuntimeException e) {
                throw new WikidataFormatException(source + ":" + lineNumber + ": malformed entity: " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    /** The object on the line without the array's brackets and separating comma; null for a bracket or blank line. */
    private String entityJson(String line) {
        int begin = 0;
        int end = line.length();
        while (begin < end && Character.isWhitespace(line.charAt(begin))) {
            begin++;
        }
        while (end > begin && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == ',')) {
            end--;
        }
        if (begin == end || (end - begin == 1 && (line.charAt(begin) == '[' || line.charAt(begin) == ']'))) {
            return null;
        }
        if (line.charAt(begin) != '{') {
            throw new WikidataFormatException(source + ":" + lineNumber
                    + ": expected an entity object ('{') or an array bracket, found '" + abbreviate(line.substring(begin)) + "'", null);
        }
        return line.substring(begin, end);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private WikidataItem parse(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            String id = null;
            String type = "item";
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            Map<String, List<WikidataItem.Statement>> claims = new HashMap<>();
            int sitelinks = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "id" -> id = p.getText();
                    case "type" -> type = p.getText();
                    case "labels" -> readLabels(p, labels);
                    case "aliases" -> readAliases(p, aliases);
                    case "claims" -> readClaims(p, claims);
                    case "sitelinks" -> sitelinks = countFields(p);
                    default -> p.skipChildren();
                }
                if (value == null) {
                    throw new IOException("unexpected end of line");
                }
            }
            expect(p.currentToken(), JsonToken.END_OBJECT, p);
            if (p.nextToken() != null) {
                throw new IOException("text after the entity object");
            }
            if (id == null) {
                throw new IOException("entity without an id");
            }
            return type.equals("item") ? new WikidataItem(id, labels, aliases, claims, sitelinks) : null;
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at column " + p.currentLocation().getColumnNr());
        }
    }

    private void readLabels(JsonParser p, Map<String, String> out) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String language = p.currentName();
            p.nextToken();
            if (languages.contains(language)) {
                String value = readValue(p);
                if (value != null && !value.isBlank()) {
                    out.put(language, value);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void readAliases(JsonParser p, Map<String, List<String>> out) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren(); // an entity without aliases may have "aliases": []
            return;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String language = p.currentName();
            p.nextToken();
            if (!languages.contains(language)) {
                p.skipChildren();
                continue;
            }
            expect(p.currentToken(), JsonToken.START_ARRAY, p);
            List<String> list = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String value = readValue(p);
                if (value != null && !value.isBlank()) {
                    list.add(value);
                }
            }
            if (!list.isEmpty()) {
                out.put(language, list);
            }
        }
    }

    /** The "value" of a {"language": ..., "value": ...} object; the parser is at its start and ends at its end. */
    private static String readValue(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        String value = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("value")) {
                value = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return value;
    }

    private void readClaims(JsonParser p, Map<String, List<WikidataItem.Statement>> out) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String property = p.currentName();
            p.nextToken();
            if (!properties.contains(property)) {
                p.skipChildren();
                continue;
            }
            expect(p.currentToken(), JsonToken.START_ARRAY, p);
            List<WikidataItem.Statement> statements = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                WikidataItem.Statement statement = readStatement(p);
                if (statement != null) {
                    statements.add(statement);
                }
            }
            if (!statements.isEmpty()) {
                out.put(property, statements);
            }
        }
    }

    /** A statement with a value; null for deprecated ones and for "no value"/"unknown value" snaks. */
    private WikidataItem.Statement readStatement(JsonParser p) throws IOException {
        WikidataItem.Value value = null;
        String rank = "normal";
        Map<String, List<WikidataItem.Value>> quals = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "mainsnak" -> value = readSnak(p);
                case "rank" -> rank = p.getText();
                case "qualifiers" -> quals = readQualifiers(p);
                default -> p.skipChildren();
            }
        }
        if (value == null || rank.equals("deprecated")) {
            return null;
        }
        return new WikidataItem.Statement(value, rank.equals("preferred"), quals);
    }

    private Map<String, List<WikidataItem.Value>> readQualifiers(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        Map<String, List<WikidataItem.Value>> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String property = p.currentName();
            p.nextToken();
            if (!qualifiers.contains(property)) {
                p.skipChildren();
                continue;
            }
            expect(p.currentToken(), JsonToken.START_ARRAY, p);
            List<WikidataItem.Value> values = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                WikidataItem.Value value = readSnak(p);
                if (value != null) {
                    values.add(value);
                }
            }
            out.put(property, values);
        }
        return out;
    }

    /** The value of a snak: an item id or a time; null for other kinds of value and for novalue/somevalue. */
    private static WikidataItem.Value readSnak(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        WikidataItem.Value value = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("datavalue")) {
                value = readDataValue(p);
            } else {
                p.skipChildren();
            }
        }
        return value;
    }

    private static WikidataItem.Value readDataValue(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT, p);
        String entity = null;
        String numericId = null;
        String time = null;
        int precision = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken token = p.nextToken();
            if (field.equals("value") && token == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    switch (inner) {
                        case "id" -> entity = p.getText();
                        case "numeric-id" -> numericId = p.getText();
                        case "time" -> time = p.getText();
                        case "precision" -> precision = p.getIntValue();
                        default -> p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (entity == null && numericId != null) {
            entity = "Q" + numericId; // dumps before 2016 have only the numeric id
        }
        if (entity != null && entity.startsWith("Q")) {
            return new WikidataItem.Value(entity, null, 0);
        }
        if (time != null) {
            return new WikidataItem.Value(null, time, precision);
        }
        return null;
    }

    private static int countFields(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return 0;
        }
        int count = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
            count++;
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** A dump line that is not a well-formed entity; the message names the file and line. */
    public static final class WikidataFormatException extends RuntimeException {
        public WikidataFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
