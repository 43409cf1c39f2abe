package dev.kronika.extract.core.content;

import dev.kronika.extract.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line (plain text) or block (HTML) of a page with the surface features main-text
 * classification looks at: length, sentence punctuation, timestamps, furniture labels.
 */
final class Line {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "^[\\p{P}\\s]*(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:h|uhr|am|pm|ч\\.?))?[\\s,–—-]*)?"
                    + "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\.?(?:\\s*(?:г\\.?|r\\.?))?)?"
                    + "[\\s,–—-]*(?:\\d{1,2}[:.]\\d{2}(?:\\s*(?:h|uhr|am|pm))?)?[\\p{P}\\s]*$",
            Pattern.CASE_INSENSITIVE);

    final Span span;
    final String text;
    final int index;
    final int words;
    final int letters;
    final int digits;
    /** Ends like a sentence: full stop, question or exclamation mark, closing quote after one. */
    final boolean sentenceEnd;
    /** Contains a sentence boundary inside (". X"), a sign of running prose rather than a headline. */
    final int innerSentences;
    final boolean timestamp;
    final Furniture furniture;
    final boolean quote;

    Line(Span span, String text, int index) {
        this.span = span;
        this.text = text;
        this.index = index;
        int w = 0;
        int l = 0;
        int d = 0;
        boolean inWord = false;
        int inner = 0;
        int ideographs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                l++;
                if (c >= '\u3040' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF') {
                    ideographs++;
                }
            } else if (Character.isDigit(c)) {
                d++;
            }
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar && !inWord) {
                w++;
            }
            inWord = wordChar || (inWord && (c == '-' || c == '\''));
            if ((c == '.' || c == '!' || c == '?') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2)) && i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                inner++;
            }
        }
        // Scripts written without spaces: about two characters make a word.
        this.words = w + ideographs / 2;
        this.letters = l;
        this.digits = d;
        this.innerSentences = inner;
        this.sentenceEnd = endsLikeSentence(text);
        this.timestamp = l <= 3 && d >= 3 && text.length() <= 40 && TIMESTAMP.matcher(text).matches();
        this.furniture = Furniture.of(text.indexOf('\u00A0') >= 0 ? text.replace('\u00A0', ' ') : text);
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        this.quote = first == '"' || first == '„' || first == '«' || first == '“' || first == '–' || first == '—' || first == '‘' || first == '»';
    }

    int length() {
        return text.length();
    }

    /** Running prose: a sentence-final ending or several sentences. */
    boolean prose() {
        return (sentenceEnd && words >= 4) || innerSentences >= 1 && words >= 10;
    }

    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”“»«’)]*".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ';' || c == '。' || c == '！' || c == '？';
    }

    /** Non-blank lines of a text, trimmed of surrounding whitespace. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int b = start;
                int e = i;
                while (b < e && Character.isWhitespace(text.charAt(b)) || b < e && text.charAt(b) == '\u00A0') {
                    b++;
                }
                while (e > b && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00A0')) {
                    e--;
                }
                if (e > b) {
                    lines.add(new Line(new Span(b, e), text.substring(b, e), lines.size()));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** Lower-cased letters and digits only, for comparing near-identical lines. */
    String normalized() {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return index + ":" + text;
    }
}
