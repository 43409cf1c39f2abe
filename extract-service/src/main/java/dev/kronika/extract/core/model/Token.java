package dev.kronika.extract.core.model;

/** A word, number or punctuation mark. */
public record Token(Span span, String text, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCTUATION, SYMBOL }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
