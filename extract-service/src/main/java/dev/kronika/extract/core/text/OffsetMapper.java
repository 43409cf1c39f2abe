package dev.kronika.extract.core.text;

import dev.kronika.extract.core.model.Span;

/**
 * Converts UTF-16 char indexes of the core into Unicode code point offsets of the API, and back.
 * Built once per document text; O(1) per conversion when the text has no supplementary
 * characters, which is nearly always.
 */
public final class OffsetMapper {

    private final String text;
    /** codePointIndexOfChar[i] = code points before char index i; null when chars == code points. */
    private final int[] codePointIndexOfChar;

    public OffsetMapper(String text) {
        this.text = text;
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            codePointIndexOfChar = null;
        } else {
            codePointIndexOfChar = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                codePointIndexOfChar[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    cp++;
                }
            }
            codePointIndexOfChar[text.length()] = cp;
        }
    }

    public int toCodePoint(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException(charIndex);
        }
        return codePointIndexOfChar == null ? charIndex : codePointIndexOfChar[charIndex];
    }

    public int toCharIndex(int codePointOffset) {
        return codePointIndexOfChar == null ? codePointOffset : text.offsetByCodePoints(0, codePointOffset);
    }

    /** The code point [start, end) pair of a char span. */
    public int[] toCodePoints(Span span) {
        return new int[] {toCodePoint(span.begin()), toCodePoint(span.end())};
    }

    public Span fromCodePoints(int start, int end) {
        return new Span(toCharIndex(start), toCharIndex(end));
    }
}
