package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.PageStructure;
import dev.kronika.extract.core.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an HTML page into plain text with one line per block element, remembering each block's
 * DOM features and the page's own metadata for main-text classification. Scripts, styles and
 * other invisible elements are dropped.
 */
public final class HtmlTextExtractor {

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe", "head", "object", "canvas");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "nav", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote",
            "pre", "figure", "figcaption", "form", "address", "br", "hr", "time", "caption", "summary", "details");

    public record Result(String text, PageStructure structure) {
    }

    public Result extract(String html, String baseUrl) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUrl);
        Map<String, String> metadata = readMetadata(page);
        Builder builder = new Builder();
        builder.walk(page.body() != null ? page.body() : page, "html/body", false);
        builder.flush();
        return new Result(builder.text.toString(), new PageStructure(builder.blocks, metadata));
    }

    private static Map<String, String> readMetadata(org.jsoup.nodes.Document page) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String title = page.title();
        if (!title.isBlank()) {
            metadata.put("title", title.strip());
        }
        for (Element meta : page.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (!key.isBlank() && !metadata.containsKey(key.toLowerCase(Locale.ROOT))) {
                metadata.put(key.toLowerCase(Locale.ROOT), meta.attr("content").strip());
            }
        }
        int index = 0;
        for (Element script : page.select("script[type=application/ld+json]")) {
            metadata.put("json-ld." + index++, script.data());
        }
        String lang = page.select("html[lang]").attr("lang");
        if (!lang.isBlank()) {
            metadata.put("html.lang", lang);
        }
        return metadata;
    }

    /** Accumulates text block by block; a block's span covers its own inline text only. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<PageStructure.Block> blocks = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private int pendingLinkChars;
        private String pendingTag = "body";
        private String pendingPath = "html/body";
        private boolean pendingInArticle;

        void walk(Element element, String path, boolean inArticle) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode textNode) {
                    appendInline(textNode.getWholeText(), inLink(textNode), element, path, inArticle);
                } else if (child instanceof Element el) {
                    String tag = el.normalName();
                    if (INVISIBLE.contains(tag) || el.hasAttr("hidden")) {
                        continue;
                    }
                    boolean article = inArticle || tag.equals("article") || "article".equals(el.attr("role"))
                            || el.attr("itemprop").equals("articleBody");
                    String childPath = path + "/" + tag;
                    if (BLOCKS.contains(tag)) {
                        flush();
                        pendingTag = tag;
                        pendingPath = childPath;
                        pendingInArticle = article;
                        walk(el, childPath, article);
                        flush();
                    } else {
                        walk(el, childPath, article);
                    }
                }
            }
        }

        private static boolean inLink(Node node) {
            for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
                if (parent instanceof Element el && el.normalName().equals("a")) {
                    return true;
                }
            }
            return false;
        }

        void appendInline(String raw, boolean link, Element parent, String path, boolean inArticle) {
            String collapsed = raw.replaceAll("[\\s\\u00A0&&[^\\u00A0]]+|\\s+", " ");
            if (collapsed.isEmpty()) {
                return;
            }
            if (pending.isEmpty()) {
                pendingPath = path;
                pendingInArticle = inArticle;
                collapsed = collapsed.stripLeading();
            } else if (pending.charAt(pending.length() - 1) == ' ' && collapsed.startsWith(" ")) {
                collapsed = collapsed.substring(1);
            }
            pending.append(collapsed);
            if (link) {
                pendingLinkChars += collapsed.strip().length();
            }
        }

        void flush() {
            String block = pending.toString().strip();
            if (!block.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                int begin = text.length();
                text.append(block);
                blocks.add(new PageStructure.Block(new Span(begin, text.length()), pendingTag, pendingPath,
                        Math.min(pendingLinkChars, block.length()), pendingInArticle));
            }
            pending.setLength(0);
            pendingLinkChars = 0;
        }
    }
}
