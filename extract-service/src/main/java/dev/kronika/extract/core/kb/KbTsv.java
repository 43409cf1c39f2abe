package dev.kronika.extract.core.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes entities as lines of the knowledge-base TSV format (KB-FORMAT), the inverse of {@link KnowledgeBase#parse}. */
public final class KbTsv {

    public static final String HEADER = "# id\ttype\tkind\twikidata\t" + String.join("\t", KnowledgeBase.LANGUAGES) + "\tattrs";

    private KbTsv() {
    }

    /** One line, without the line break. */
    public static String line(KbEntity entity) {
        List<String> cells = new ArrayList<>();
        cells.add(clean(entity.id()));
        cells.add(entity.type().name());
        cells.add(clean(entity.kind()));
        cells.add(entity.wikidata().map(KbTsv::clean).orElse(""));
        for (String language : KnowledgeBase.LANGUAGES) {
            cells.add(entity.names(language).stream().map(KbTsv::clean).filter(s -> !s.isEmpty())
                    .distinct().collect(Collectors.joining("|")));
        }
        cells.add(attrs(entity.attrs()));
        return String.join("\t", cells);
    }

    /** {@code key=value;key=value}, a key repeated for each of its values. */
    public static String attrs(Map<String, List<String>> attrs) {
        List<String> pairs = new ArrayList<>();
        attrs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (String value : e.getValue()) {
                String v = clean(value);
                if (!v.isEmpty()) {
                    pairs.add(clean(e.getKey()) + "=" + v);
                }
            }
        });
        return String.join(";", pairs);
    }

    /** The separators of the format (tab, line breaks, '|', ';') cannot occur inside a cell. */
    public static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n|;]+", " ").strip();
    }
}
