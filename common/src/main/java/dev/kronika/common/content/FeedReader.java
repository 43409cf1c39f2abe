package dev.kronika.common.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into items with jsoup's XML parser, which
 * tolerates the malformed feeds found in the wild. Immutable and thread-safe.
 */
public final class FeedReader {

    /**
     * One feed entry.
     *
     * @param link      the article's address ("" if the entry has none)
     * @param title     the entry title, markup removed
     * @param published publication time, else the last update time, if the feed gives one
     * @param content   the fullest body the feed carries (content:encoded or Atom content, else
     *                  description or summary), as given
     * @param html      whether {@code content} is HTML rather than plain text
     */
    public record FeedItem(String link, String title, Optional<OffsetDateTime> published, String content, boolean html) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]");
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*[^>]*>");
    private static final DateTimeFormatter RFC_822_LENIENT = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [XX][z]", Locale.ENGLISH);

    public List<FeedItem> read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /** Reads a feed from bytes of any charset (see {@link CharsetDecoding}). */
    public List<FeedItem> read(byte[] bytes) {
        return read(CharsetDecoding.decode(bytes));
    }

    public List<FeedItem> read(String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        List<FeedItem> items = new ArrayList<>();
        for (Element item : feed.select("item")) {
            items.add(rssItem(item));
        }
        for (Element entry : feed.select("entry")) {
            items.add(atomEntry(entry));
        }
        return items;
    }

    private static FeedItem rssItem(Element item) {
        String link = childText(item, "link");
        if (link.isEmpty()) {
            Element guid = item.selectFirst("> guid");
            if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink")) && guid.text().startsWith("http")) {
                link = guid.text().strip();
            }
        }
        if (link.isEmpty()) {
            link = item.attr("rdf:about");
        }
        String content = childText(item, "content|encoded");
        if (content.isEmpty()) {
            content = childText(item, "description");
        }
        Optional<OffsetDateTime> published = parseDate(childText(item, "pubDate"))
                .or(() -> parseDate(childText(item, "dc|date")));
        return new FeedItem(link, plain(childText(item, "title")), published, content, MARKUP.matcher(content).find());
    }

    private static FeedItem atomEntry(Element entry) {
        String link = "";
        for (Element candidate : entry.select("> link")) {
            String rel = candidate.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = candidate.attr("href").strip();
                break;
            }
        }
        Element content = entry.selectFirst("> content");
        if (content == null) {
            content = entry.selectFirst("> summary");
        }
        String body = "";
        boolean html = false;
        if (content != null) {
            String type = content.attr("type").toLowerCase(Locale.ROOT);
            html = type.equals("html") || type.equals("xhtml") || type.contains("html");
            body = type.equals("xhtml") ? content.html().strip() : content.wholeText().strip();
            html = html || MARKUP.matcher(body).find();
        }
        Optional<OffsetDateTime> published = parseDate(childText(entry, "published"))
                .or(() -> parseDate(childText(entry, "updated")));
        return new FeedItem(link, plain(childText(entry, "title")), published, body, html);
    }

    private static String childText(Element parent, String tag) {
        Element child = parent.selectFirst("> " + tag);
        return child == null ? "" : child.wholeText().strip();
    }

    /** Titles may carry escaped markup; a reader sees only the text. */
    private static String plain(String title) {
        return MARKUP.matcher(title).find() ? Jsoup.parse(title).text() : INVISIBLE.matcher(SPACES.matcher(title).replaceAll(" ")).replaceAll("").strip();
    }

    /** RFC 822 dates of RSS ("Tue, 05 Mar 2024 09:15:00 +0100" or "GMT") and ISO 8601 dates of Atom. */
    static Optional<OffsetDateTime> parseDate(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME, RFC_822_LENIENT}) {
            try {
                return Optional.of(OffsetDateTime.parse(text, format));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return Optional.of(java.time.LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // fall through to a bare date
        }
        try {
            return Optional.of(LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
