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
 * DOM features and the page's own metadata for main-text classification. Scripts, styles, form
 * controls and other invisible elements are dropped; all whitespace (no-break spaces included)
 * collapses to single spaces, as a reader sees it.
 *
 * <p>Block paths name every element from the root so that blocks can be grouped by container:
 * each step is {@code tag[n]} (n = the element's index among its parent's element children),
 * followed by {@code #id} and up to three {@code .class} names, lower-cased, e.g.
 * {@code html[0]/body[1]/div[2]#main.content/article[0].post/p[3]}. Two blocks share an ancestor
 * exactly when their paths share the prefix.
 */
public final class HtmlTextExtractor {

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe", "head",
            "object", "embed", "canvas", "button", "select", "option", "textarea", "input", "map", "audio", "video", "math");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "nav", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "blockquote", "pre", "figure", "figcaption", "form", "address", "br", "hr", "time", "caption", "summary", "details",
            "center", "fieldset", "legend", "menu", "body", "html");
    private static final int MAX_CLASSES = 3;

    public record Result(String text, PageStructure structure) {
    }

    public Result extract(String html, String baseUrl) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Map<String, String> metadata = readMetadata(page);
        Builder builder = new Builder();
        Element root = page.body() != null ? page.body() : page;
        PathStep rootPath = new PathStep(new PathStep(null, "html[0]"), step(root, Math.max(0, root.elementSiblingIndex())));
        builder.pendingPath = rootPath;
        builder.walk(root, rootPath, false, root.normalName(), rootPath);
        builder.flush();
        return new Result(builder.text.toString(), new PageStructure(builder.blocks, metadata));
    }

    private static Map<String, String> readMetadata(org.jsoup.nodes.Document page) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String title = page.title();
        if (!title.isBlank()) {
            metadata.put("title", collapse(title));
        }
        for (Element meta : page.select("meta[content]")) {
            String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            key = key.strip().toLowerCase(Locale.ROOT);
            String value = collapse(meta.attr("content"));
            if (!key.isEmpty() && !value.isEmpty() && !metadata.containsKey(key)) {
                metadata.put(key, value);
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

    /** One path step: tag, index among the parent's element children, id and the first class names. */
    static String step(Element element, int index) {
        StringBuilder step = new StringBuilder(element.normalName()).append('[').append(index).append(']');
        String id = element.id();
        if (!id.isBlank()) {
            step.append('#').append(id.strip().toLowerCase(Locale.ROOT).replace('/', '-').replace(' ', '-'));
        }
        String classes = element.className();
        if (!classes.isBlank()) {
            int added = 0;
            for (String name : classes.strip().split("\\s+")) {
                if (added++ == MAX_CLASSES) {
                    break;
                }
                step.append('.').append(name.toLowerCase(Locale.ROOT).replace('/', '-'));
            }
        }
        return step.toString();
    }

    /** Collapses every run of whitespace, no-break and zero-width spaces included, to one space. */
    static String collapse(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u000B' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** A path from the root, built as steps are walked and turned into a string only for blocks. */
    private static final class PathStep {
        private final PathStep parent;
        private final Element element;
        private final int index;
        private String path;

        PathStep(PathStep parent, Element element, int index) {
            this.parent = parent;
            this.element = element;
            this.index = index;
        }

        PathStep(PathStep parent, String step) {
            this.parent = parent;
            this.element = null;
            this.index = 0;
            this.path = parent == null ? step : parent.path() + "/" + step;
        }

        String path() {
            if (path == null) {
                String step = step(element, index);
                path = parent == null ? step : parent.path() + "/" + step;
            }
            return path;
        }
    }

    /** Accumulates text block by block; a block's span covers its own inline text only. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<PageStructure.Block> blocks = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private boolean pendingSpace;
        private int pendingLinkChars;
        private int linkDepth;
        private String pendingTag = "body";
        private PathStep pendingPath;
        private boolean pendingInArticle;

        /** Walks the children of an element; blockTag and blockPath name the nearest enclosing block. */
        void walk(Element element, PathStep path, boolean inArticle, String blockTag, PathStep blockPath) {
            int elementIndex = 0;
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode textNode) {
                    appendInline(textNode.getWholeText(), blockTag, blockPath, inArticle);
                } else if (child instanceof Element el) {
                    int index = elementIndex++;
                    String tag = el.normalName();
                    if (INVISIBLE.contains(tag) || el.hasAttr("hidden") || isHiddenByStyle(el)) {
                        continue;
                    }
                    boolean article = inArticle || tag.equals("article") || "article".equals(el.attr("role"))
                            || el.attr("itemprop").equals("articleBody");
                    PathStep childPath = new PathStep(path, el, index);
                    boolean link = tag.equals("a");
                    if (link) {
                        linkDepth++;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush();
                        walk(el, childPath, article, tag, childPath);
                        flush();
                    } else {
                        if (tag.equals("img")) {
                            pendingSpace = true;
                        }
                        walk(el, childPath, article, blockTag, blockPath);
                    }
                    if (link) {
                        linkDepth--;
                    }
                }
            }
        }

        private static boolean isHiddenByStyle(Element el) {
            if (!el.hasAttr("style")) {
                return false;
            }
            String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            return style.contains("display:none") || style.contains("visibility:hidden");
        }

        void appendInline(String raw, String blockTag, PathStep blockPath, boolean inArticle) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                    continue;
                } else {
                    if (pending.isEmpty()) {
                        pendingTag = blockTag;
                        pendingPath = blockPath;
                        pendingInArticle = inArticle;
                    } else if (pendingSpace) {
                        pending.append(' ');
                    }
                    pendingSpace = false;
                    pending.append(c);
                    if (linkDepth > 0) {
                        pendingLinkChars++;
                    }
                }
            }
        }

        void flush() {
            if (!pending.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                int begin = text.length();
                text.append(pending);
                blocks.add(new PageStructure.Block(new Span(begin, text.length()), pendingTag, pendingPath.path(),
                        Math.min(pendingLinkChars, pending.length()), pendingInArticle));
            }
            pending.setLength(0);
            pendingSpace = false;
            pendingLinkChars = 0;
        }
    }
}
