package dev.kronika.extract.core.kb.wikidata;

import java.util.List;
import java.util.Map;

/**
 * The parts of one Wikidata entity that the importer reads: labels and aliases of the wanted
 * languages, statements of the wanted properties (not deprecated), and the number of sitelinks.
 *
 * @param labels   language to label
 * @param aliases  language to aliases
 * @param claims   property id (P31) to its statements, in dump order
 */
public record WikidataItem(String id, Map<String, String> labels, Map<String, List<String>> aliases,
                           Map<String, List<Statement>> claims, int sitelinks) {

    /** A statement: the main value and the wanted qualifiers. */
    public record Statement(Value value, boolean preferred, Map<String, List<Value>> qualifiers) {

        public List<Value> qualifier(String property) {
            return qualifiers.getOrDefault(property, List.of());
        }
    }

    /**
     * A value: an item ({@code entity} is its Q-id) or a point in time ({@code time} as written
     * in the dump, "+2000-05-07T00:00:00Z", with its precision: 9 year, 10 month, 11 day).
     */
    public record Value(String entity, String time, int precision) {
    }

    public List<Statement> statements(String property) {
        return claims.getOrDefault(property, List.of());
    }

    /** The item ids that the property's statements point to. */
    public List<String> entityValues(String property) {
        return statements(property).stream().map(s -> s.value().entity()).filter(e -> e != null).toList();
    }
}
