package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Content;
import dev.kronika.extract.core.model.PageFacts;
import dev.kronika.extract.core.model.PublicationTime;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Main text of a page that arrives as plain text (a scraper's rendering, furniture included).
 *
 * <p>Each line gets a score: running prose earns its word count, while headline-like lines,
 * repeated lines (headline lists print every title twice), timestamps and furniture labels cost.
 * The article body is the contiguous run of lines with the highest total score (the "body text
 * extraction" idea of Finn, Kushmerick and Smyth), so short real paragraphs and quotes inside the
 * article survive while the related-article lists, sidebars and comment blocks around it, each of
 * which scores negative as a whole, fall away. Inside the run, labels, credits, captions,
 * repeated lines and "read also" links are dropped one by one. The headline and the header (byline,
 * date) are looked for above the run.
 */
final class PlainTextMainText {

    /** How far above the body the headline may stand, in lines. */
    private static final int HEADER_LINES = 12;

    Content extract(String text) {
        List<Line> lines = Line.split(text);
        if (lines.isEmpty()) {
            return new Content(Optional.empty(), List.of(), List.of(), Optional.empty(), ValueSource.TEXT);
        }
        Set<Integer> repeated = repeatedLines(lines);
        double[] scores = new double[lines.size()];
        for (Line line : lines) {
            scores[line.index] = score(line, repeated.contains(line.index));
        }
        int[] run = bestRun(scores);
        int first = run[0];
        int last = run[1];

        Optional<Line> titleLine = findTitle(lines, first, repeated);
        Optional<Span> title = titleLine.map(PlainTextMainText::titleSpan);
        int headerEnd = secondParagraph(lines, first, last);
        List<String> authors = new ArrayList<>();
        Optional<LocalDate> published = Optional.empty();
        Optional<PublicationTime> publishedAt = Optional.empty();
        int headerStart = titleLine.map(t -> t.index).orElse(0);
        for (int i = Math.max(0, Math.min(headerStart, first - HEADER_LINES)); i < headerEnd && i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.length() > 120 || (titleLine.isPresent() && line.index == titleLine.get().index)) {
                continue;
            }
            if (published.isEmpty() && !line.prose()) {
                published = HeaderMetadata.date(line.text);
                publishedAt = published.flatMap(date -> DateTimes.atClockTime(date, line.text));
            }
            if (!line.prose() && line.furniture == Furniture.NONE && i >= headerStart) {
                for (String author : HeaderMetadata.authors(line.text)) {
                    if (!authors.contains(author)) {
                        authors.add(author);
                    }
                }
            }
        }

        List<Span> body = new ArrayList<>();
        boolean afterReadMore = false;
        for (int i = first; i <= last; i++) {
            Line line = lines.get(i);
            boolean keep = keepInBody(line, lines, i, repeated, headerEnd, afterReadMore);
            if (line.furniture == Furniture.READ_MORE) {
                afterReadMore = true;
            } else if (line.prose() && line.words >= 8) {
                afterReadMore = false;
            }
            if (keep && titleLine.map(t -> t.index != line.index).orElse(true)) {
                body.add(line.span);
            }
        }
        PageFacts facts = new PageFacts(Optional.empty(), ValueSource.METADATA, publishedAt, ValueSource.TEXT, ValueSource.TEXT);
        return new Content(title, body, authors, published, ValueSource.TEXT, Optional.empty(), facts);
    }

    private static boolean keepInBody(Line line, List<Line> lines, int i, Set<Integer> repeated, int headerEnd, boolean afterReadMore) {
        if (line.furniture != Furniture.NONE || line.timestamp || repeated.contains(i)) {
            return false;
        }
        if (afterReadMore && !(line.prose() && line.words >= 8)) {
            return false;
        }
        boolean beforeCredit = i + 1 < lines.size() && lines.get(i + 1).furniture == Furniture.CREDIT && !line.prose();
        if (beforeCredit || Furniture.creditSuffixStart(line.text) >= 0 && !line.prose()) {
            return false;
        }
        if (i < headerEnd && !line.prose() && (HeaderMetadata.isName(line.text) || !HeaderMetadata.authors(line.text).isEmpty()
                || HeaderMetadata.date(line.text).isPresent())) {
            return false;
        }
        return line.letters > 0;
    }

    static double score(Line line, boolean repeated) {
        if (repeated) {
            return -10 - line.words;
        }
        if (line.timestamp) {
            return -8;
        }
        switch (line.furniture) {
            case READ_MORE, COMMENTS, SOCIAL, ADVERT -> {
                return -20;
            }
            case CREDIT, NAVIGATION -> {
                return -8;
            }
            default -> {
            }
        }
        if (line.prose()) {
            return line.words >= 8 ? line.words : 1;
        }
        return -3 - line.words / 4.0;
    }

    /** The contiguous range [first, last] of lines with the highest total score. */
    static int[] bestRun(double[] scores) {
        double best = Double.NEGATIVE_INFINITY;
        int bestFirst = 0;
        int bestLast = -1;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < scores.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += scores[i];
            if (sum > best) {
                best = sum;
                bestFirst = start;
                bestLast = i;
            }
        }
        return new int[] {bestFirst, bestLast};
    }

    /**
     * Lines printed more than once (identical, or one a prefix of the other as a caption with a
     * credit appended): headline lists, teaser pairs, captions repeated under photos.
     */
    static Set<Integer> repeatedLines(List<Line> lines) {
        Map<String, Integer> firstSeen = new HashMap<>();
        Set<Integer> repeated = new LinkedHashSet<>();
        List<String> normalized = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String key = line.normalized();
            normalized.add(key);
            if (key.length() < 4) {
                continue;
            }
            Integer earlier = firstSeen.putIfAbsent(key, line.index);
            if (earlier != null) {
                repeated.add(earlier);
                repeated.add(line.index);
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            String a = normalized.get(i - 1);
            String b = normalized.get(i);
            String shorter = a.length() <= b.length() ? a : b;
            String longer = a.length() <= b.length() ? b : a;
            if (shorter.length() >= 20 && shorter.length() < longer.length() && longer.startsWith(shorter)
                    && shorter.length() >= 0.6 * longer.length()) {
                repeated.add(i - 1);
                repeated.add(i);
            }
        }
        return repeated;
    }

    /** The headline: the first headline-like line above the body, skipping header furniture. */
    private static Optional<Line> findTitle(List<Line> lines, int first, Set<Integer> repeated) {
        int from = Math.max(0, first - HEADER_LINES);
        for (int i = from; i < first; i++) {
            Line line = lines.get(i);
            if (isHeadline(line)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    static boolean isHeadline(Line line) {
        String text = titleText(line);
        if (line.furniture != Furniture.NONE || line.timestamp || text.length() < 12 || text.length() > 250 || line.words < 3) {
            return false;
        }
        if (text.endsWith(".") && !text.endsWith("..") || text.endsWith(":")) {
            return false;
        }
        if (line.prose() && line.words > 25) {
            return false;
        }
        if (HeaderMetadata.date(text).isPresent() && line.words < 8 || HeaderMetadata.isName(text)) {
            return false;
        }
        // Navigation rows ("Home News Sport") are runs of very short words.
        return (double) line.letters / line.words >= 3.5;
    }

    private static String titleText(Line line) {
        int credit = Furniture.creditSuffixStart(line.text);
        return credit > 0 ? line.text.substring(0, credit).strip() : line.text;
    }

    private static Span titleSpan(Line line) {
        String text = titleText(line);
        return new Span(line.span.begin(), line.span.begin() + text.length());
    }

    /** Index of the second long paragraph of the body: bylines and captions stand above it. */
    private static int secondParagraph(List<Line> lines, int first, int last) {
        int paragraphs = 0;
        for (int i = first; i <= last; i++) {
            Line line = lines.get(i);
            if (line.prose() && line.words >= 15 && ++paragraphs == 2) {
                return i;
            }
        }
        return Math.min(first + 3, last + 1);
    }
}
