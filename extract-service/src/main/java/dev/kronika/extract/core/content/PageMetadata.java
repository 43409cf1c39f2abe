package dev.kronika.extract.core.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a page says about its article in metadata: JSON-LD ({@code NewsArticle} and kin: headline,
 * author, datePublished) first, then Open Graph and {@code <meta>} tags, then the {@code <title>}.
 */
record PageMetadata(Optional<String> title, List<String> authors, Optional<LocalDate> published) {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
            "scholarlyarticle", "socialmediaposting", "liveblogposting", "report", "posting");
    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "title");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "dc.creator", "parsely-author",
            "sailthru.author", "byl", "dcterms.creator");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "datepublished", "og:published_time",
            "published_time", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.date", "date", "article.published", "og:article:published_time");

    static PageMetadata read(Map<String, String> metadata) {
        Optional<String> title = Optional.empty();
        List<String> authors = new ArrayList<>();
        Optional<LocalDate> published = Optional.empty();
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (!entry.getKey().startsWith("json-ld.")) {
                continue;
            }
            JsonObject article = findArticle(entry.getValue());
            if (article != null) {
                title = string(article.get("headline")).or(() -> string(article.get("name")));
                authors.addAll(names(article.get("author")));
                published = string(article.get("datePublished")).flatMap(PageMetadata::parseDate);
                break;
            }
        }
        if (title.isEmpty()) {
            for (String key : TITLE_KEYS) {
                String value = metadata.get(key);
                if (value != null && !value.isBlank()) {
                    title = Optional.of(value.strip());
                    break;
                }
            }
        }
        if (authors.isEmpty()) {
            for (String key : AUTHOR_KEYS) {
                String value = metadata.get(key);
                if (value != null && !value.isBlank() && !value.contains("://") && !value.contains("@")) {
                    for (String name : value.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
                        if (!name.isBlank() && name.length() <= 60) {
                            authors.add(name.strip());
                        }
                    }
                    break;
                }
            }
        }
        if (published.isEmpty()) {
            for (String key : DATE_KEYS) {
                String value = metadata.get(key);
                if (value != null) {
                    published = parseDate(value);
                    if (published.isPresent()) {
                        break;
                    }
                }
            }
        }
        return new PageMetadata(title, List.copyOf(authors), published);
    }

    static Optional<LocalDate> parseDate(String value) {
        return HeaderMetadata.date(value.strip());
    }

    private static JsonObject findArticle(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json.strip());
        } catch (RuntimeException malformed) {
            return null;
        }
        return findArticle(root, 0);
    }

    private static JsonObject findArticle(JsonElement element, int depth) {
        if (element == null || depth > 6) {
            return null;
        }
        if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                JsonObject found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (isArticle(object.get("@type"))) {
                return object;
            }
            JsonObject found = findArticle(object.get("@graph"), depth + 1);
            if (found == null) {
                found = findArticle(object.get("mainEntity"), depth + 1);
            }
            return found;
        }
        return null;
    }

    private static boolean isArticle(JsonElement type) {
        if (type == null) {
            return false;
        }
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.isJsonPrimitive() && ARTICLE_TYPES.contains(type.getAsString().toLowerCase(java.util.Locale.ROOT));
    }

    private static Optional<String> string(JsonElement element) {
        if (element instanceof JsonPrimitive primitive && primitive.isString() && !primitive.getAsString().isBlank()) {
            return Optional.of(HtmlTextExtractor.collapse(primitive.getAsString()));
        }
        if (element instanceof JsonArray array && !array.isEmpty()) {
            return string(array.get(0));
        }
        return Optional.empty();
    }

    private static List<String> names(JsonElement author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        if (author.isJsonArray()) {
            for (JsonElement item : author.getAsJsonArray()) {
                names.addAll(names(item));
            }
        } else if (author.isJsonObject()) {
            string(author.getAsJsonObject().get("name")).ifPresent(names::add);
        } else {
            string(author).filter(name -> !name.contains("://")).ifPresent(names::add);
        }
        return names;
    }
}
