package dev.kronika.extract.core.model;

/**
 * A half-open range [begin, end) of UTF-16 char indexes into {@link Document#text()}.
 *
 * <p>The core works in Java string indexes so that regular expressions and substrings need no
 * conversion; {@link dev.kronika.extract.core.text.OffsetMapper} turns every span into Unicode
 * code points once, where results leave the core.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int index) {
        return begin <= index && index < end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public String of(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span other) {
        return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(other.end, end);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
