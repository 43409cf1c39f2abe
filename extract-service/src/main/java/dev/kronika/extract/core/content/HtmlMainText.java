package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.PageFacts;
import dev.kronika.extract.core.model.PageStructure;
import dev.kronika.extract.core.model.PublicationTime;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "^(?:about the author|über den autor|o autorze|об авторе|про автора|o autorovi|o avtorju|за автора)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String[] LEAD_WORDS = {
            "lead", "intro", "teaser", "excerpt", "summary", "abstract", "standfirst", "description", "subline", "deck",
            "kicker"};
    /** A second stretch of prose must be worth a few sentences and a quarter of the main one. */
    private static final double EXTRA_RUN_MIN = 30;
    private static final double EXTRA_RUN_SHARE = 0.25;
    private static final Set<String> NAVIGATION_TAGS = Set.of("nav", "menu", "footer");
    private static final Set<String> MARGINAL_TAGS = Set.of("aside", "header");
    /** Names of containers that never hold article text. */
    private static final String[] FURNITURE_WORDS = {
            "comment", "sidebar", "side-bar", "breadcrumb", "related", "sharing", "cookie", "newsletter",
            "subscri", "advert", "sponsor", "popup", "masthead", "recommend", "popular", "trending",
            "pagination", "signup", "toolbar", "disqus", "pingback",
            "trackback", "copyright", "outbrain", "taboola", "navbar", "navigation", "topbar", "bottombar", "tagcloud",
            "tag-list", "shariff", "gallery-nav", "more-articles", "read-more", "readmore", "also-read", "newsticker",
            "footer", "thumbnail", "next-post", "nextpost", "prev-post", "nextstory", "more-stories", "morestories",
            "recirc", "upsell", "cross-sell", "crosssell", "byline", "caption", "imginline"};
    /** Short words that also occur inside innocent names ("apageroot", "research", "correspondent"): matched as whole tokens. */
    private static final Set<String> FURNITURE_TOKENS = Set.of("nav", "ad", "ads", "adv", "share", "sidebar", "comments", "social",
            "promo", "modal", "pager", "skip", "login", "search", "rating", "respond", "menu", "ticker", "consent", "further",
            "weitere", "author", "credit", "legend", "authors", "credits", "menus", "ratings", "promos");
    /** Names of containers that usually hold headers, bylines, dates and notes, but sometimes a lead paragraph. */
    private static final String[] MARGINAL_WORDS = {
            "teaser", "widget", "banner", "paywall", "hidden", "postmeta", "post-meta", "entry-meta", "article-meta",
            "meta-data", "metadata", "post-info", "dateline", "timestamp", "categories", "print", "contact"};
    private static final Set<String> MARGINAL_TOKENS = Set.of("meta", "date", "time", "tag", "tags", "header", "head", "foot", "top", "bottom",
            "extra", "links", "more", "info", "aside");
    private static final String[] BODY_WORDS = {
            "entry-content", "entry_content", "entrycontent", "post-content", "post_content", "postcontent", "article-body",
            "article_body", "articlebody", "article-content", "article__body", "article__content", "article-text", "articletext",
            "story-body", "storybody", "story-content", "post-body", "postbody", "post-text", "news-text", "content-body",
            "text-content", "node-content", "field-name-body", "field--name-body", "blog-content", "single-content",
            "td-post-content", "post-entry", "main-text", "maintext", "article-main", "rich-text", "richtext", "artikel",
            "beitrag", "body-text", "bodytext", "page-content", "itemprop"};
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Captions describe pictures, not the story (and carry the photo credits); longer "captions" are misused for text. */
    private static final int MAX_CAPTION_WORDS = 40;
    private static final Set<String> CAPTIONS = Set.of("figcaption", "caption");


    Content extract(String text, PageStructure page) {
        List<PageStructure.Block> blocks = page.blocks();
        PageMetadata metadata = PageMetadata.read(page.metadata());
        if (blocks.isEmpty()) {
            return new Content(Optional.empty(), List.of(), metadata.authors(), metadata.published(), ValueSource.METADATA, metadata.title(),
                    facts(metadata, metadata.publishedAt()));
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
        // Recipes and data pages repeat short words ("Milch", "Zucker"); headline lists repeat whole titles.
        repeated.removeIf(i -> lines[i].words < 4);

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
        java.util.Map<String, Integer> hints = new java.util.HashMap<>();
        int[] nodeHints = new int[tree.nodes.size()];
        for (BlockTree.Node node : tree.nodes) {
            nodeHints[node.id] = hints.computeIfAbsent(node.attributes(), HtmlMainText::hints);
        }
        Optional<Integer> anchor = metadataTitle(lines, blocks, metadata.title());
        BlockTree.Node titleNode = anchor.filter(i -> HEADINGS.contains(blocks.get(i).tag())).map(i -> tree.blockNode[i]).orElse(null);
        byte[] containerKind = containerKinds(tree, totalPositive, nodeHints, titleNode);
        boolean[] ruledOut = new boolean[n];
        for (int i = 0; i < n; i++) {
            int kind = insideKind(tree.blockNode[i], containerKind);
            boolean substantial = lines[i].prose() && lines[i].words >= 10 && scores[i] > 0;
            ruledOut[i] = kind == FURNITURE || kind == MARGINAL && !substantial;
            if (ruledOut[i]) {
                scores[i] = Math.min(scores[i], 0) - 5 - lines[i].words / 3.0;
            } else if (kind == MARGINAL) {
                scores[i] *= 0.5;
            }
        }

        int first;
        int last;
        BlockTree.Node body = bodyContainer(tree, totalPositive, nodeHints);
        if (body != null) {
            int[] run = PlainTextMainText.bestRun(java.util.Arrays.copyOfRange(scores, body.firstBlock, body.lastBlock + 1));
            first = body.firstBlock + run[0];
            last = body.firstBlock + run[1];
        } else {
            int[] run = PlainTextMainText.bestRun(scores);
            first = run[0];
            last = run[1];
        }
        BlockTree.Node container = body != null ? body : container(tree, first, last, nodeHints);
        double mainSum = 0;
        for (int i = first; i <= last; i++) {
            mainSum += scores[i];
        }
        // A second stretch of prose in the same container, cut off by a box in between.
        List<int[]> extraRuns = new ArrayList<>();
        for (int[] side : new int[][] {{container.firstBlock, first - 1}, {last + 1, container.lastBlock}}) {
            if (side[1] - side[0] < 0) {
                continue;
            }
            int[] run = PlainTextMainText.bestRun(java.util.Arrays.copyOfRange(scores, side[0], side[1] + 1));
            double sum = 0;
            for (int i = side[0] + run[0]; i <= side[0] + run[1]; i++) {
                sum += scores[i];
            }
            if (sum >= Math.max(EXTRA_RUN_MIN, EXTRA_RUN_SHARE * mainSum)) {
                extraRuns.add(new int[] {side[0] + run[0], side[0] + run[1]});
            }
        }
        // Short lines next to the prose (ingredient lists, data rows, sign-offs) belong to it
        // while they stay inside the article's container and nothing rules them out.
        // A single unfit block (an ad slot, a stray label) does not end the article.
        for (int i = first - 1; i >= container.firstBlock && i >= first - 2; i--) {
            if (expandable(lines[i], blocks.get(i), ruledOut[i], repeated.contains(i), true)) {
                first = i;
            }
        }
        for (int i = last + 1; i <= container.lastBlock && i <= last + 2; i++) {
            if (expandable(lines[i], blocks.get(i), ruledOut[i], repeated.contains(i), false)) {
                last = i;
            }
        }

        final int bodyFirst = first;
        Optional<Integer> titleIndex = findTitle(lines, blocks, anchor, first, last);
        int headerEnd = Math.min(last + 1, first + 4);
        List<String> authors = new ArrayList<>(metadata.authors());
        Optional<LocalDate> published = metadata.published();
        Optional<PublicationTime> publishedAt = metadata.publishedAt();
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
                    publishedAt = published.flatMap(date -> DateTimes.atClockTime(date, line.text));
                }
                if (authors.isEmpty() && !HEADINGS.contains(blocks.get(i).tag())) {
                    authors.addAll(HeaderMetadata.authors(line.text));
                }
            }
        }

        List<Span> bodySpans = new ArrayList<>();
        // The lead paragraph often stands apart from the body, between the headline and a picture.
        int leadFrom = titleIndex.filter(t -> t < bodyFirst && t >= bodyFirst - 25).map(t -> t + 1).orElse(Math.max(0, bodyFirst - 8));
        for (int i = leadFrom; i < first; i++) {
            boolean named = titleIndex.isPresent() || containsAny(blocks.get(i).path(), LEAD_WORDS);
            if (named && scores[i] > 0 && lines[i].prose() && lines[i].words >= 10
                    && keep(lines[i], blocks.get(i), ruledOut[i], repeated.contains(i), false)) {
                bodySpans.add(lines[i].span);
            }
        }
        int end = articleEnd(lines, scores, first, last);
        if (end < last) {
            final int cut = end;
            extraRuns.removeIf(run -> run[0] > cut);
        }
        boolean afterReadMore = false;
        for (int i = first; i <= end; i++) {
            if (titleIndex.isPresent() && titleIndex.get() == i) {
                continue;
            }
            boolean substantial = lines[i].prose() && lines[i].words >= 8;
            if (keep(lines[i], blocks.get(i), ruledOut[i], repeated.contains(i), i < headerEnd) && (substantial || !afterReadMore)) {
                bodySpans.add(lines[i].span);
            }
            if (lines[i].furniture == Furniture.READ_MORE) {
                afterReadMore = true;
            } else if (substantial) {
                afterReadMore = false;
            }
        }
        for (int[] run : extraRuns) {
            for (int i = run[0]; i <= run[1]; i++) {
                if (keep(lines[i], blocks.get(i), ruledOut[i], repeated.contains(i), false) && !(titleIndex.isPresent() && titleIndex.get() == i)) {
                    bodySpans.add(lines[i].span);
                }
            }
        }
        bodySpans.sort(null);
        return new Content(titleIndex.map(i -> lines[i].span), bodySpans, authors, published,
                published.isPresent() ? dateSource : ValueSource.METADATA, metadata.title(), facts(metadata, publishedAt));
    }

    private static PageFacts facts(PageMetadata metadata, Optional<PublicationTime> publishedAt) {
        boolean timeFromMetadata = publishedAt.isPresent() && publishedAt.equals(metadata.publishedAt());
        return new PageFacts(metadata.site(), ValueSource.METADATA, publishedAt,
                timeFromMetadata ? ValueSource.METADATA : ValueSource.TEXT,
                metadata.authors().isEmpty() ? ValueSource.TEXT : ValueSource.METADATA);
    }

    /**
     * A block's worth as article text, in the manner of jusText's classes: prose earns its word
     * count (less its share of link text); link lists, labels, timestamps and repeated short
     * lines cost a lot; other short lines cost a little, so that they can sit between paragraphs.
     */
    private static double textScore(Line line, PageStructure.Block block, boolean repeated) {
        double linkDensity = line.length() == 0 ? 0 : (double) block.linkChars() / line.length();
        if (linkDensity > 0.5) {
            return -3 - line.words / 2.0;
        }
        if (line.furniture != Furniture.NONE) {
            return line.furniture == Furniture.CREDIT || line.furniture == Furniture.NAVIGATION ? -6 : -10;
        }
        if (line.timestamp) {
            return -5;
        }
        if (repeated && !line.prose()) {
            return -5 - line.words / 2.0;
        }
        if (line.prose() && line.words >= 8) {
            return line.words * (1 - linkDensity);
        }
        if (line.words <= 2 && line.letters <= 3) {
            return -2;
        }
        return HEADINGS.contains(block.tag()) ? -0.5 : line.prose() || line.quote ? 0 : -1;
    }

    /**
     * The last block of the article: a comment-section label ("Comments", "Leave a reply") or an
     * "about the author" heading once most of the prose has been read ends it.
     */
    private static int articleEnd(Line[] lines, double[] scores, int first, int last) {
        double total = 0;
        for (int i = first; i <= last; i++) {
            total += Math.max(0, scores[i]);
        }
        double seen = 0;
        for (int i = first; i <= last; i++) {
            boolean label = lines[i].furniture == Furniture.COMMENTS
                    || lines[i].furniture == Furniture.READ_MORE && AUTHOR_BOX.matcher(lines[i].text).find();
            if (label && seen >= 0.5 * total) {
                return i - 1;
            }
            seen += Math.max(0, scores[i]);
        }
        return last;
    }

    private static boolean expandable(Line line, PageStructure.Block block, boolean ruledOut, boolean repeated, boolean backwards) {
        if (ruledOut || line.furniture != Furniture.NONE || line.timestamp || repeated || line.letters == 0) {
            return false;
        }
        if (block.linkChars() > 0.3 * line.length()) {
            return false;
        }
        return !(backwards && !line.prose() && (HeaderMetadata.date(line.text).isPresent() || HeaderMetadata.isName(line.text)
                || !HeaderMetadata.authors(line.text).isEmpty()));
    }

    private static final Set<String> TRANSPARENT = Set.of("ol", "ul", "dl", "li", "table", "tbody", "thead", "tr", "td", "th",
            "blockquote", "p", "span", "font", "b", "strong", "em", "i", "a", "center", "pre", "code", "figure");

    /** The element holding the run of prose: its common ancestor, widened past lists, tables and inline wrappers. */
    private static BlockTree.Node container(BlockTree tree, int first, int last, int[] nodeHints) {
        BlockTree.Node node = tree.commonAncestor(first, last);
        while (node.parent != null && node.depth > 2 && (TRANSPARENT.contains(node.tag)
                || (nodeHints[node.parent.id] & BODY) != 0 || node.parent.tag.equals("article"))) {
            node = node.parent;
        }
        return node;
    }

    private static boolean keep(Line line, PageStructure.Block block, boolean ruledOut, boolean repeated, boolean header) {
        boolean caption = CAPTIONS.contains(block.tag()) || block.path().contains("/figcaption[");
        if (ruledOut || line.furniture != Furniture.NONE || line.timestamp || line.letters == 0 || caption && line.words < MAX_CAPTION_WORDS) {
            return false;
        }
        if (repeated && !line.prose()) {
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

    /** Containers whose tag, id or class names furniture or marginal matter, unless they wrap most of the page's prose. */
    private static byte[] containerKinds(BlockTree tree, double totalPositive, int[] nodeHints, BlockTree.Node titleNode) {
        byte[] kinds = new byte[tree.nodes.size()];
        for (BlockTree.Node node : tree.nodes) {
            // Page-wide wrappers ("has-sidebar", an <aside> around the article) and the headline's ancestors hold the article.
            boolean wrapper = node.proseScore >= 0.8 * totalPositive || titleNode != null && node.isAncestorOf(titleNode);
            if (node.depth < 2 || wrapper || HEADINGS.contains(node.tag)) {
                continue;
            }
            if (NAVIGATION_TAGS.contains(node.tag) || (nodeHints[node.id] & FURNITURE) != 0) {
                kinds[node.id] = FURNITURE;
            } else if (MARGINAL_TAGS.contains(node.tag) || (nodeHints[node.id] & MARGINAL) != 0) {
                kinds[node.id] = MARGINAL;
            }
        }
        return kinds;
    }

    /**
     * Classes a CMS derives from the post's categories and tags ("category-comments", "tag-share")
     * or that switch on features ("enable-pin-share", "has-sidebar"): they name a topic or an
     * option, not the box.
     */
    private static final Pattern TAXONOMY_CLASSES = Pattern.compile(
            "\\.(?:category|tag|type|status|format|postid|page-id|term|enable|has|with|no|allow|supports)-[^.#]*");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[#.\\-_ :]+");
    private static final int FURNITURE = 1;
    private static final int BODY = 2;
    private static final int MARGINAL = 4;

    /** What an element's (lower-cased) id and class names say it is: FURNITURE, MARGINAL, BODY or nothing. */
    static int hints(String attributes) {
        if (attributes.isEmpty()) {
            return 0;
        }
        if (attributes.indexOf('-') >= 0) {
            attributes = TAXONOMY_CLASSES.matcher(attributes).replaceAll("");
        }
        if (attributes.isEmpty()) {
            return 0;
        }
        if (containsAny(attributes, BODY_WORDS)) {
            return BODY;
        }
        if (containsAny(attributes, FURNITURE_WORDS)) {
            return FURNITURE;
        }
        String[] tokens = TOKEN_SEPARATORS.split(attributes);
        for (String token : tokens) {
            if (FURNITURE_TOKENS.contains(token)) {
                return FURNITURE;
            }
        }
        if (containsAny(attributes, MARGINAL_WORDS)) {
            return MARGINAL;
        }
        for (String token : tokens) {
            if (MARGINAL_TOKENS.contains(token)) {
                return MARGINAL;
            }
        }
        return 0;
    }

    /** FURNITURE if any ancestor is furniture, else MARGINAL if any is marginal, else 0. */
    private static int insideKind(BlockTree.Node node, byte[] kinds) {
        int kind = 0;
        for (BlockTree.Node n = node; n != null; n = n.parent) {
            if (kinds[n.id] == FURNITURE) {
                return FURNITURE;
            }
            kind |= kinds[n.id];
        }
        return kind;
    }

    /** A container that names itself the article body and holds most of the page's prose. */
    private static BlockTree.Node bodyContainer(BlockTree tree, double totalPositive, int[] nodeHints) {
        BlockTree.Node best = null;
        for (BlockTree.Node node : tree.nodes) {
            boolean named = (nodeHints[node.id] & BODY) != 0;
            if (named && node.proseScore >= 0.5 * totalPositive && node.proseScore >= 20
                    && (best == null || node.proseScore > best.proseScore || node.proseScore == best.proseScore && node.depth > best.depth)) {
                best = node;
            }
        }
        return best;
    }

    /** The block that prints the metadata title: a heading if one matches, else the first matching line. */
    private static Optional<Integer> metadataTitle(Line[] lines, List<PageStructure.Block> blocks, Optional<String> metaTitle) {
        if (metaTitle.isEmpty()) {
            return Optional.empty();
        }
        String wanted = normalize(metaTitle.get());
        if (wanted.length() < 4) {
            return Optional.empty();
        }
        int best = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].words > 40) {
                continue;
            }
            String candidate = lines[i].normalized();
            boolean matches = candidate.equals(wanted)
                    || candidate.length() >= 12 && wanted.contains(candidate) && candidate.length() >= 0.5 * wanted.length();
            if (matches) {
                if (HEADINGS.contains(blocks.get(i).tag())) {
                    return Optional.of(i);
                }
                if (best < 0) {
                    best = i;
                }
            }
        }
        return best >= 0 ? Optional.of(best) : Optional.empty();
    }

    /** The headline: the block printing the metadata title, else the first h1 near the body. */
    private static Optional<Integer> findTitle(Line[] lines, List<PageStructure.Block> blocks, Optional<Integer> metadataTitle, int first, int last) {
        if (metadataTitle.isPresent() && metadataTitle.get() <= last) {
            return metadataTitle;
        }
        for (int i = Math.max(0, first - 15); i <= Math.min(last, first + 3); i++) {
            if (blocks.get(i).tag().equals("h1") && lines[i].words >= 2) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return new Line(new Span(0, text.length()), text, 0).normalized();
    }
}
