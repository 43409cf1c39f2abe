package dev.kronika.query.service;

import dev.kronika.proto.extract.v1.EntityType;
import dev.kronika.proto.query.v1.EntityAttribute;
import dev.kronika.proto.query.v1.KnowledgeBaseEntity;
import dev.kronika.proto.query.v1.LocalizedNames;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a knowledge-base entity must look like to be written to the knowledge-base file format
 * (KB-FORMAT) and read back unchanged by the extraction: checked field by field, the message
 * naming the field and the rule. Returns the entity with its strings trimmed and output-only
 * fields cleared.
 */
public final class KnowledgeBaseRules {

    public static final List<String> LANGUAGES = List.of("en", "pl", "cs", "sl", "ru", "uk", "bg");

    private static final Map<EntityType, String> PREFIXES = Map.of(
            EntityType.ENTITY_TYPE_PER, "per",
            EntityType.ENTITY_TYPE_ORG, "org",
            EntityType.ENTITY_TYPE_LOC, "loc",
            EntityType.ENTITY_TYPE_EVT, "evt",
            EntityType.ENTITY_TYPE_PRO, "pro");
    private static final Pattern ID = Pattern.compile("(per|org|loc|evt|pro):[a-z0-9]+(?:[-_.][a-z0-9]+)*");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z]{2})?");
    private static final Pattern ROLE = Pattern.compile("([a-z][a-z_]*)@(" + ID.pattern() + ")(?:\\[([0-9-]*)\\.\\.([0-9-]*)])?");
    /** Characters that separate cells, names or attributes in the file format. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\t\\r\\n|;]|\\p{Cc}");
    private static final int MAX_ID = 200;
    private static final int MAX_TEXT = 300;
    private static final int MAX_NAMES = 100;
    private static final int MAX_ATTRIBUTES = 100;

    private KnowledgeBaseRules() {
    }

    public static KnowledgeBaseEntity validate(KnowledgeBaseEntity entity) {
        String id = entity.getId().strip();
        if (id.isEmpty()) {
            throw invalid("entity.id is required, a lowercase slug with the type's prefix such as 'per:jan-kowalski'");
        }
        if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
            throw invalid("entity.id '" + abbreviate(id) + "' must be a lowercase ASCII slug with a type prefix "
                    + "(per:, org:, loc:, evt:, pro:) such as 'per:jan-kowalski'");
        }
        String prefix = PREFIXES.get(entity.getType());
        if (prefix == null) {
            throw invalid("entity.type is required, one of PER, ORG, LOC, EVT, PRO");
        }
        if (!id.startsWith(prefix + ":")) {
            throw invalid("entity.id '" + id + "' must start with '" + prefix + ":' for type " + prefix.toUpperCase(Locale.ROOT));
        }
        String kind = entity.getKind().strip();
        if (!kind.isEmpty() && (kind.length() > 64 || !KIND.matcher(kind).matches())) {
            throw invalid("entity.kind '" + abbreviate(kind) + "' must be lowercase letters, digits and underscores, such as 'person' or 'international_org'");
        }
        String wikidata = entity.getWikidataId().strip();
        if (!wikidata.isEmpty() && !WIKIDATA.matcher(wikidata).matches()) {
            throw invalid("entity.wikidata_id '" + abbreviate(wikidata) + "' must be a Wikidata Q-id such as 'Q42'");
        }
        KnowledgeBaseEntity.Builder out = KnowledgeBaseEntity.newBuilder()
                .setId(id).setType(entity.getType()).setKind(kind).setWikidataId(wikidata);
        names(entity.getNamesList(), out);
        attributes(entity.getAttributesList(), out);
        return out.build();
    }

    private static void names(List<LocalizedNames> groups, KnowledgeBaseEntity.Builder out) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (LocalizedNames group : groups) {
            String language = group.getLanguage().strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(language)) {
                throw invalid("entity.names: language '" + abbreviate(group.getLanguage()) + "' is not one of " + LANGUAGES);
            }
            if (!seen.add(language)) {
                throw invalid("entity.names: language '" + language + "' is given twice; list all its names in one entry");
            }
            Set<String> values = new LinkedHashSet<>();
            for (String value : group.getValuesList()) {
                String name = value.strip().replaceAll("\\s+", " ");
                if (name.isEmpty()) {
                    throw invalid("entity.names[" + language + "]: names must not be blank");
                }
                checkText("entity.names[" + language + "]", name);
                values.add(name);
            }
            if (values.isEmpty()) {
                throw invalid("entity.names[" + language + "]: at least one name is required (the canonical one first)");
            }
            count += values.size();
            out.addNames(LocalizedNames.newBuilder().setLanguage(language).addAllValues(values));
        }
        if (count == 0) {
            throw invalid("entity.names: at least one name in one of " + LANGUAGES + " is required");
        }
        if (count > MAX_NAMES) {
            throw invalid("entity.names: at most " + MAX_NAMES + " names, got " + count);
        }
    }

    private static void attributes(List<EntityAttribute> attributes, KnowledgeBaseEntity.Builder out) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw invalid("entity.attributes: at most " + MAX_ATTRIBUTES + ", got " + attributes.size());
        }
        for (EntityAttribute attribute : attributes) {
            String key = attribute.getKey().strip();
            String value = attribute.getValue().strip();
            if (!ATTRIBUTE_KEY.matcher(key).matches()) {
                throw invalid("entity.attributes: key '" + abbreviate(key) + "' must be lowercase letters, digits and underscores, "
                        + "optionally with a language suffix (role, gender, capital, demonym.pl)");
            }
            if (value.isEmpty()) {
                throw invalid("entity.attributes[" + key + "]: value must not be empty");
            }
            checkText("entity.attributes[" + key + "]", value);
            switch (key) {
                case "role" -> role(value);
                case "gender" -> {
                    if (!value.equals("m") && !value.equals("f")) {
                        throw invalid("entity.attributes[gender]: value must be 'm' or 'f'");
                    }
                }
                case "capital", "country" -> {
                    if (!ID.matcher(value).matches()) {
                        throw invalid("entity.attributes[" + key + "]: value '" + abbreviate(value) + "' must be an entity id such as 'loc:poland'");
                    }
                }
                default -> {
                }
            }
            out.addAttributes(EntityAttribute.newBuilder().setKey(key).setValue(value));
        }
    }

    /** role=office@org-or-place-id[from..to], dates ISO, either end open. */
    private static void role(String value) {
        Matcher m = ROLE.matcher(value);
        if (!m.matches()) {
            throw invalid("entity.attributes[role]: value '" + abbreviate(value) + "' must be office@id[from..to] "
                    + "such as 'head_of_state@loc:poland[2015-08-06..]' (the dates are optional)");
        }
        LocalDate from = date(m.group(4));
        LocalDate to = date(m.group(5));
        if (from != null && to != null && to.isBefore(from)) {
            throw invalid("entity.attributes[role]: '" + value + "' ends before it starts");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("entity.attributes[role]: '" + abbreviate(text) + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static void checkText(String field, String text) {
        if (text.length() > MAX_TEXT) {
            throw invalid(field + ": '" + abbreviate(text) + "' is longer than " + MAX_TEXT + " characters");
        }
        if (SEPARATORS.matcher(text).find()) {
            throw invalid(field + ": '" + abbreviate(text) + "' must not contain tabs, line breaks, '|' or ';'");
        }
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cc}", " ");
        return clean.length() <= 60 ? clean : clean.substring(0, 57) + "...";
    }

    private static InvalidQueryException invalid(String message) {
        return new InvalidQueryException(message);
    }
}
