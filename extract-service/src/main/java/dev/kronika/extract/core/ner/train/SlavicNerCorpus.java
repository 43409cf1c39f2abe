package dev.kronika.extract.core.ner.train;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.text.OffsetMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus in the SlavicNER layout: {@code raw/TOPIC/LANG/DOC[.txt]} (first line the title) and
 * {@code ner/TOPIC/LANG/DOC.tsv} with lines {@code start end surface lemma type entity-id} in
 * code point offsets, converted here to char spans.
 */
public final class SlavicNerCorpus {

    /** A gold mention; span in UTF-16 chars. */
    public record GoldMention(Span span, String surface, String lemma, EntityType type, String entityId) {
    }

    public record Doc(String topic, String language, String id, String text, List<GoldMention> mentions) {
    }

    private SlavicNerCorpus() {
    }

    public static List<String> topics(Path root) {
        try (Stream<Path> s = Files.list(root.resolve("raw"))) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents of the topics and languages given (every document when maxPerLanguage <= 0). */
    public static List<Doc> read(Path root, Collection<String> topics, Collection<String> languages, int maxPerLanguage) {
        List<Doc> docs = new ArrayList<>();
        for (String topic : topics) {
            for (String language : languages) {
                Path rawDir = root.resolve("raw").resolve(topic).resolve(language);
                if (!Files.isDirectory(rawDir)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> s = Files.list(rawDir)) {
                    files = s.sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int taken = 0;
                for (Path raw : files) {
                    if (maxPerLanguage > 0 && taken >= maxPerLanguage) {
                        break;
                    }
                    String name = raw.getFileName().toString();
                    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
                    Path gold = root.resolve("ner").resolve(topic).resolve(language).resolve(id + ".tsv");
                    if (!Files.exists(gold)) {
                        continue;
                    }
                    docs.add(readDoc(topic, language, id, raw, gold));
                    taken++;
                }
            }
        }
        return docs;
    }

    private static Doc readDoc(String topic, String language, String id, Path raw, Path gold) {
        try {
            String text = Files.readString(raw, StandardCharsets.UTF_8);
            OffsetMapper mapper = new OffsetMapper(text);
            int codePoints = text.codePointCount(0, text.length());
            List<GoldMention> mentions = new ArrayList<>();
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (c.length < 6) {
                    continue;
                }
                int start = Integer.parseInt(c[0].strip());
                int end = Integer.parseInt(c[1].strip());
                if (start < 0 || end > codePoints || end <= start) {
                    continue;
                }
                EntityType type;
                try {
                    type = EntityType.valueOf(c[4].strip());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                mentions.add(new GoldMention(mapper.fromCodePoints(start, end), c[2], c[3], type, c[5].strip()));
            }
            return new Doc(topic, language, id, text, mentions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
