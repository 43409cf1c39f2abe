package dev.kronika.extract.core.model;

import java.util.List;
import java.util.Map;

/**
 * What an HTML page looked like before it became text: its text blocks with DOM features, for
 * main-text classification, and the page's own metadata (meta tags, Open Graph, JSON-LD).
 */
public record PageStructure(List<Block> blocks, Map<String, String> metadata) {

    public PageStructure {
        blocks = List.copyOf(blocks);
        metadata = Map.copyOf(metadata);
    }

    /**
     * One block-level element's text in the extracted document.
     *
     * @param span       where the block's text lies in the document text
     * @param tag        the block element's tag name ("p", "h1", "li", "td"...)
     * @param path       tag names from the root, e.g. "html/body/div/article/p"
     * @param linkChars  characters inside links
     * @param inArticle  inside an {@code <article>} element or an element with an article-like role
     */
    public record Block(Span span, String tag, String path, int linkChars, boolean inArticle) {
    }
}
