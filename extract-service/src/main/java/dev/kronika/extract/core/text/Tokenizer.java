package dev.kronika.extract.core.text;

import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation, keeping exact offsets. Words keep inner
 * apostrophes and hyphens ("Farage'a", "Jean-Claude", "Беларус-1" stays "Беларус", "-", "1");
 * numbers keep inner separators ("18.04.2025", "16:59", "1,5").
 */
public final class Tokenizer {

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
                i += Character.charCount(cp);
            } else if (isWordChar(cp)) {
                int end = scanWord(text, i);
                tokens.add(new Token(new Span(i, end), text.substring(i, end), Token.Kind.WORD));
                i = end;
            } else if (Character.isDigit(cp)) {
                int end = scanNumber(text, i);
                tokens.add(new Token(new Span(i, end), text.substring(i, end), Token.Kind.NUMBER));
                i = end;
            } else {
                int end = i + Character.charCount(cp);
                Token.Kind kind = isPunctuation(cp) ? Token.Kind.PUNCTUATION : Token.Kind.SYMBOL;
                tokens.add(new Token(new Span(i, end), text.substring(i, end), kind));
                i = end;
            }
        }
        return tokens;
    }

    private static int scanWord(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isInnerJoiner(cp) && i + 1 < n && isWordChar(text.codePointAt(i + 1)) && i > start) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    private static int scanNumber(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',' || c == ':' || c == '/') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isInnerJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '‐' || cp == 'ʼ';
    }

    private static boolean isPunctuation(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
