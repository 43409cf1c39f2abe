package dev.kronika.extract.core.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dev.kronika.extract.core.model.PublicationTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a page says about its article in metadata: JSON-LD ({@code NewsArticle} and kin: headline,
 * author, datePublished, publisher) first, then Open Graph and {@code <meta>} tags, then the {@code <title>}.
 */
record PageMetadata(Optional<String> title, List<String> authors, Optional<LocalDate> published,
                    Optional<PublicationTime> publishedAt, Optional<String> site) {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
            "scholarlyarticle", "socialmediaposting", "liveblogposting", "report", "posting");
    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title", "title");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "dc.creator", "parsely-author",
            "sailthru.author", "byl", "dcterms.creator");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "datepublished", "og:published_time",
            "published_time", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.date", "date", "article.published", "og:article:published_time");
    private static final List<String> SITE_KEYS = List.of("og:site_name", "application-name", "dc.publisher", "dcterms.publisher",
            "publisher", "cre");
    /** The longest a site name runs; longer values are slogans or descriptions. */
    private static final int MAX_SITE_LENGTH = 80;

    static PageMetadata read(Map<String, String> metadata) {
        Optional<String> title = Optional.empty();
        List<String> authors = new ArrayList<>();
        Optional<LocalDate> published = Optional.empty();
        Optional<PublicationTime> publishedAt = Optional.empty();
        Optional<String> site = Optional.empty();
        boolean articleRead = false;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (!entry.getKey().startsWith("json-ld.")) {
                continue;
            }
            JsonElement root = parse(entry.getValue());
            JsonObject article = findArticle(root, 0);
            if (site.isEmpty()) {
                site = siteOf(article).or(() -> websiteName(root, 0));
            }
            if (article != null && !articleRead) {
                articleRead = true;
                title = string(article.get("headline")).or(() -> string(article.get("name")));
                authors.addAll(names(article.get("author")));
                Optional<String> date = string(article.get("datePublished"));
                published = date.flatMap(PageMetadata::parseDate);
                publishedAt = date.flatMap(DateTimes::publicationTime);
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
                        publishedAt = DateTimes.publicationTime(value);
                        break;
                    }
                }
            }
        }
        if (site.isEmpty()) {
            for (String key : SITE_KEYS) {
                Optional<String> value = siteName(metadata.get(key));
                if (value.isPresent()) {
                    site = value;
                    break;
                }
            }
        }
        final Optional<LocalDate> date = published;
        // A time whose date disagrees with the chosen publication date belongs to another field.
        publishedAt = publishedAt.filter(time -> date.isPresent() && time.local().toLocalDate().equals(date.get()));
        return new PageMetadata(title, List.copyOf(authors), published, publishedAt, site);
    }

    /** The article's publisher, or the site it is part of. */
    private static Optional<String> siteOf(JsonObject article) {
        if (article == null) {
            return Optional.empty();
        }
        for (String key : new String[] {"publisher", "isPartOf", "sourceOrganization"}) {
            JsonElement value = article.get(key);
            Optional<String> name = value != null && value.isJsonObject()
                    ? string(value.getAsJsonObject().get("name")) : Optional.empty();
            name = name.flatMap(PageMetadata::siteName);
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** The name of a {@code WebSite} or {@code NewsMediaOrganization} node anywhere in the JSON-LD. */
    private static Optional<String> websiteName(JsonElement element, int depth) {
        if (element == null || depth > 6) {
            return Optional.empty();
        }
        if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                Optional<String> found = websiteName(item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (hasType(object.get("@type"), SITE_TYPES)) {
                Optional<String> name = string(object.get("name")).flatMap(PageMetadata::siteName);
                if (name.isPresent()) {
                    return name;
                }
            }
            return websiteName(object.get("@graph"), depth + 1);
        }
        return Optional.empty();
    }

    private static final Set<String> SITE_TYPES = Set.of("website", "newsmediaorganization");

    private static Optional<String> siteName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = HtmlTextExtractor.collapse(value).strip();
        return name.isEmpty() || name.length() > MAX_SITE_LENGTH ? Optional.empty() : Optional.of(name);
    }

    static Optional<LocalDate> parseDate(String value) {
        return HeaderMetadata.date(value.strip());
    }

    private static JsonElement parse(String json) {
        try {
            return JsonParser.parseString(json.strip());
        } catch (RuntimeException malformed) {
            return null;
        }
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
            if (hasType(object.get("@type"), ARTICLE_TYPES)) {
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

    private static boolean hasType(JsonElement type, Set<String> wanted) {
        if (type == null) {
            return false;
        }
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (hasType(t, wanted)) {
                    return true;
                }
            }
            return false;
        }
        return type.isJsonPrimitive() && wanted.contains(type.getAsString().toLowerCase(java.util.Locale.ROOT));
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
