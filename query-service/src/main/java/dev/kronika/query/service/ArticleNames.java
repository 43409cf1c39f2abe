package dev.kronika.query.service;

import java.util.UUID;

/** Parses resource names ("articles/{id}", "entities/{id}", "events/{id}") or bare ids. */
public final class ArticleNames {

    private ArticleNames() {
    }

    public static UUID parseId(String nameOrId) {
        String id = strip(nameOrId, "articles/");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("'" + nameOrId + "' is not an article name (articles/{uuid})");
        }
    }

    /** The numeric id of "entities/{id}" or "events/{id}", or null when the value is not such a name. */
    public static Long numericId(String nameOrId, String collection) {
        String id = strip(nameOrId, collection + "/");
        if (!id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(id);
    }

    private static String strip(String value, String prefix) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.startsWith(prefix) ? trimmed.substring(prefix.length()) : trimmed;
    }
}
