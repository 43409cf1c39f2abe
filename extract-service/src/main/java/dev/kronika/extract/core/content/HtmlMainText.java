package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.PageStructure;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Main text of an HTML page, from its blocks (see {@link HtmlTextExtractor}) and metadata.
 *
 * <p>The method combines what trafilatura, readability and jusText do: containers whose id or
 * class names furniture (comments, sidebars, share bars, navigation...) and link-heavy blocks are
 * ruled out; each remaining block scores by its text (running prose earns its word count, short
 * headline-like lines and labels cost); a container that names itself the article body and holds
 * most of the prose is trusted as a whole, otherwise the body is the contiguous run of blocks
 * with the highest total score. Title, authors and date come from JSON-LD, Open Graph and meta
 * tags first, and from the article header only when the metadata says nothing.
 */
final class HtmlMainText {

    private static final Set<String> NEGATIVE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Pattern NEGATIVE_WORDS = Pattern.compile(
            "comment|sidebar|side-bar|footer|breadcrumb|related|share|sharing|social|widget|cookie|newsletter|subscri|advert|banner|promo|sponsor"
                    + "|popup|modal|masthead|byline|author|teaser|recommend|popular|trending|pagination|pager|skip|login|signup|search|toolbar"
                    + "|rating|disqus|respond|pingback|trackback|copyright|outbrain|taboola|navbar|navigation|menu|topbar|bottombar|cta|contact-box"
                    + "|postmeta|post-meta|entry-meta|article-meta|meta-data|metadata|post-info|entry-footer|post-footer|article-footer|tagcloud|tag-list|tags"
                    + "|categories|shariff|print|dateline|timestamp|caption|credit|gallery-nav|more-articles|read-more|readmore|also-read|newsticker|ticker");
    private static final Set<String> NEGATIVE_TOKENS = Set.of("nav", "ad", "ads", "adv", "meta", "date", "time", "tag", "tags", "share", "hidden",
            "header", "head", "foot", "top", "bottom", "extra", "links", "more", "info", "aside", "sidebar", "widget", "comments", "author", "byline");
    private static final Pattern BODY_WORDS = Pattern.compile(
            "entry-content|entry_content|entrycontent|post-content|post_content|postcontent|article-body|article_body|articlebody|article-content"
                    + "|article__body|article__content|article-text|articletext|story-body|storybody|story-content|post-body|postbody|post-text|news-text"
                    + "|content-body|text-content|node-content|field-name-body|field--name-body|blog-content|single-content|td-post-content|post-entry"
                    + "|main-text|maintext|article-main|rich-text|richtext|artikel|beitrag|body-text|bodytext|page-content|itemprop");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    Content extract(String text, PageStructure page) {
        List<PageStructure.Block> blocks = page.blocks();
        PageMetadata metadata = PageMetadata.read(page.metadata());
        if (blocks.isEmpty()) {
            return new Content(Optional.empty(), List.of(), metadata.authors(), metadata.published(), ValueSource.METADATA);
        }
        BlockTree tree = new BlockTree(blocks);
        int n = blocks.size();
        Line[] lines = new Line[n];
        for (int i = 0; i < n; i++) {
            Span span = blocks.get(i).span();
            lines[i] = new Line(span, text.substring(span.begin(), span.end()), i);
        }
        List<Line> lineList = List.of(lines);
        Set<Integer> repeated = PlainTextMainText.repeatedLines(lineList);

        double[] scores = new double[n];
        double totalPositive = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = textScore(lines[i], blocks.get(i), repeated.contains(i));
            if (scores[i] > 0) {
                totalPositive += scores[i];
                for (BlockTree.Node node = tree.blockNode[i]; node != null; node = node.parent) {
                    node.proseScore += scores[i];
                }
            }
        }
        boolean[] furnitureContainer = furnitureContainers(tree, totalPositive);
        boolean[] ruledOut = new boolean[n];
        for (int i = 0; i < n; i++) {
            ruledOut[i] = insideFurniture(tree.blockNode[i], furnitureContainer);
            if (ruledOut[i]) {
                scores[i] = Math.min(scores[i], 0) - 5 - lines[i].words / 3.0;
            }
        }

        int first;
        int last;
        BlockTree.Node body = bodyContainer(tree, totalPositive, blocks);
        if (body != null) {
            first = body.firstBlock;
            last = body.lastBlock;
            int[] run = PlainTextMainText.bestRun(java.util.Arrays.copyOfRange(scores, first, last + 1));
            // Trust the container, but not the furniture hanging at its two ends.
            first = first + run[0];
            last = body.firstBlock + run[1];
        } else {
            int[] run = PlainTextMainText.bestRun(scores);
            first = run[0];
            last = run[1];
        }

        final int bodyFirst = first;
        Optional<Integer> titleIndex = findTitle(lines, blocks, metadata.title(), first, last);
        int headerEnd = Math.min(last + 1, first + 4);
        List<String> authors = new ArrayList<>(metadata.authors());
        Optional<LocalDate> published = metadata.published();
        ValueSource dateSource = ValueSource.METADATA;
        if (published.isEmpty() || authors.isEmpty()) {
            int from = titleIndex.map(t -> Math.min(t, bodyFirst)).orElse(Math.max(0, bodyFirst - 6));
            for (int i = from; i < headerEnd; i++) {
                Line line = lines[i];
                if (line.prose() || line.length() > 120) {
                    continue;
                }
                if (published.isEmpty()) {
                    published = HeaderMetadata.date(line.text);
                    dateSource = ValueSource.TEXT;
                }
                if (authors.isEmpty() && !HEADINGS.contains(blocks.get(i).tag())) {
                    authors.addAll(HeaderMetadata.authors(line.text));
                }
            }
        }

        List<Span> bodySpans = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (titleIndex.isPresent() && titleIndex.get() == i) {
                continue;
            }
            if (keep(lines[i], blocks.get(i), ruledOut[i], repeated.contains(i), i < headerEnd)) {
                bodySpans.add(lines[i].span);
            }
        }
        return new Content(titleIndex.map(i -> lines[i].span), bodySpans, authors, published,
                published.isPresent() ? dateSource : ValueSource.METADATA);
    }

    private static double textScore(Line line, PageStructure.Block block, boolean repeated) {
        double score = PlainTextMainText.score(line, repeated);
        double linkDensity = line.length() == 0 ? 0 : (double) block.linkChars() / line.length();
        if (linkDensity > 0.5) {
            return -3 - line.words / 2.0;
        }
        if (score > 0 && linkDensity > 0.2) {
            score *= 1 - linkDensity;
        }
        if (HEADINGS.contains(block.tag()) && score < 0) {
            score = -1;
        }
        return score;
    }

    private static boolean keep(Line line, PageStructure.Block block, boolean ruledOut, boolean repeated, boolean header) {
        if (ruledOut || line.furniture != Furniture.NONE || line.timestamp || line.letters == 0) {
            return false;
        }
        double linkDensity = (double) block.linkChars() / Math.max(1, line.length());
        if (linkDensity > 0.6 && !(line.prose() && line.words >= 12)) {
            return false;
        }
        if (repeated && !line.prose()) {
            return false;
        }
        if (header && !line.prose() && (HeaderMetadata.date(line.text).isPresent() || HeaderMetadata.isName(line.text))) {
            return false;
        }
        return true;
    }

    /** Containers whose tag, id or class names furniture, unless they wrap most of the page's prose. */
    private static boolean[] furnitureContainers(BlockTree tree, double totalPositive) {
        boolean[] furniture = new boolean[tree.nodes.size()];
        for (BlockTree.Node node : tree.nodes) {
            if (node.depth < 2) {
                continue;
            }
            boolean named = NEGATIVE_TAGS.contains(node.tag) || namesFurniture(node.attributes());
            furniture[node.id] = named && node.proseScore < 0.5 * totalPositive;
        }
        return furniture;
    }

    static boolean namesFurniture(String attributes) {
        if (attributes.isEmpty()) {
            return false;
        }
        String lower = attributes.toLowerCase(Locale.ROOT);
        if (BODY_WORDS.matcher(lower).find()) {
            return false;
        }
        if (NEGATIVE_WORDS.matcher(lower).find()) {
            return true;
        }
        for (String token : lower.split("[#.\\-_ ]+")) {
            if (NEGATIVE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideFurniture(BlockTree.Node node, boolean[] furniture) {
        for (BlockTree.Node n = node; n != null; n = n.parent) {
            if (furniture[n.id]) {
                return true;
            }
        }
        return false;
    }

    /** A container that names itself the article body and holds most of the page's prose. */
    private static BlockTree.Node bodyContainer(BlockTree tree, double totalPositive, List<PageStructure.Block> blocks) {
        BlockTree.Node best = null;
        for (BlockTree.Node node : tree.nodes) {
            String attributes = node.attributes().toLowerCase(Locale.ROOT);
            boolean named = !attributes.isEmpty() && BODY_WORDS.matcher(attributes).find();
            if (named && node.proseScore >= 0.5 * totalPositive && node.proseScore >= 20
                    && (best == null || node.proseScore > best.proseScore || node.proseScore == best.proseScore && node.depth > best.depth)) {
                best = node;
            }
        }
        return best;
    }

    /** The headline block: the one matching the metadata title, else the first h1 near the body. */
    private static Optional<Integer> findTitle(Line[] lines, List<PageStructure.Block> blocks, Optional<String> metaTitle, int first, int last) {
        if (metaTitle.isPresent()) {
            String wanted = normalize(metaTitle.get());
            if (wanted.length() >= 4) {
                int best = -1;
                for (int i = 0; i < lines.length && i <= last; i++) {
                    if (lines[i].words > 40) {
                        continue;
                    }
                    String candidate = lines[i].normalized();
                    boolean matches = candidate.equals(wanted)
                            || candidate.length() >= 12 && wanted.contains(candidate) && candidate.length() >= 0.5 * wanted.length();
                    if (matches) {
                        boolean heading = HEADINGS.contains(blocks.get(i).tag());
                        if (best < 0 || heading && !HEADINGS.contains(blocks.get(best).tag())) {
                            best = i;
                        }
                        if (heading && i >= first - 10) {
                            break;
                        }
                    }
                }
                if (best >= 0) {
                    return Optional.of(best);
                }
            }
        }
        for (int i = Math.max(0, first - 15); i <= Math.min(last, first + 3); i++) {
            if (blocks.get(i).tag().equals("h1") && lines[i].words >= 2) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String text) {
        return new Line(new Span(0, text.length()), text, 0).normalized();
    }
}
