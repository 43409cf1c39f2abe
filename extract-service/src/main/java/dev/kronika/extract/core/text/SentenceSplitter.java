package dev.kronika.extract.core.text;

import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based sentence boundaries over tokens: a line break always ends a sentence (scraped news
 * puts headlines, captions and paragraphs on lines of their own); inside a line, '.', '!', '?'
 * and '…' end one unless they close an abbreviation or an initial.
 */
public final class SentenceSplitter {

    /** Lower-cased abbreviations, without the final period, that rarely end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of(
            // English
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "u.s", "e.g", "i.e",
            // Polish
            "m.in", "np", "tj", "tzw", "ok", "godz", "r", "ul", "pl", "al", "gen", "płk", "mjr", "ks", "im", "wg", "ws", "red",
            "tys", "mln", "mld", "proc", "nr", "św", "zob", "itd", "itp", "dot", "br", "ub",
            // Russian, Ukrainian, Bulgarian
            "г", "гг", "ул", "т.е", "т.д", "т.п", "др", "им", "млн", "млрд", "тыс", "тис", "см", "стр", "проф", "акад",
            "пл", "обл", "р", "рр", "ст", "св", "вул", "хил", "бул", "т.нар", "напр",
            // Czech, Slovene
            "tzv", "atd", "např", "resp", "tj", "mil", "mld", "tis", "sv", "npr", "itd", "oz", "t.i", "dr", "mag"));

    public List<Span> split(String text, List<Token> tokens) {
        List<Span> sentences = new ArrayList<>();
        int start = -1;
        int lastEnd = -1;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (start >= 0 && containsLineBreak(text, lastEnd, token.begin())) {
                sentences.add(new Span(start, lastEnd));
                start = -1;
            }
            if (start < 0) {
                start = token.begin();
            }
            lastEnd = token.end();
            if (endsSentence(text, tokens, t)) {
                lastEnd = absorbClosers(tokens, t, text);
                while (t + 1 < tokens.size() && tokens.get(t + 1).end() <= lastEnd) {
                    t++;
                }
                sentences.add(new Span(start, lastEnd));
                start = -1;
            }
        }
        if (start >= 0) {
            sentences.add(new Span(start, lastEnd));
        }
        return sentences;
    }

    private static boolean containsLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int t) {
        String s = tokens.get(t).text();
        if (!(s.equals("!") || s.equals("?") || s.equals("…") || s.equals("."))) {
            return false;
        }
        if (t + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(t + 1);
        if (next.begin() == tokens.get(t).end() && !isCloser(next.text()) && !isOpener(next.text())) {
            return false;
        }
        if (s.equals(".") && t > 0 && isAbbreviation(text, tokens, t)) {
            return false;
        }
        Token following = firstNonCloser(tokens, t + 1);
        if (following == null) {
            return true;
        }
        int cp = following.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || isOpener(following.text()) || isDash(following.text());
    }

    private static boolean isAbbreviation(String text, List<Token> tokens, int t) {
        Token previous = tokens.get(t - 1);
        if (previous.end() != tokens.get(t).begin() || !previous.isWord()) {
            return false;
        }
        String word = previous.text();
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (t >= 3 && tokens.get(t - 2).text().equals(".") && tokens.get(t - 2).end() == previous.begin()) {
            lower = tokens.get(t - 3).text().toLowerCase(Locale.ROOT) + "." + lower;
        }
        return ABBREVIATIONS.contains(lower);
    }

    private static Token firstNonCloser(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!isCloser(tokens.get(i).text())) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private static int absorbClosers(List<Token> tokens, int t, String text) {
        int end = tokens.get(t).end();
        for (int i = t + 1; i < tokens.size(); i++) {
            Token next = tokens.get(i);
            if (next.begin() != end || !isCloser(next.text())) {
                break;
            }
            end = next.end();
        }
        return end;
    }

    private static boolean isCloser(String s) {
        return s.equals("\"") || s.equals("”") || s.equals("»") || s.equals("“") || s.equals(")") || s.equals("'") || s.equals("’");
    }

    private static boolean isOpener(String s) {
        return s.equals("\"") || s.equals("„") || s.equals("«") || s.equals("“") || s.equals("(") || s.equals("‘");
    }

    private static boolean isDash(String s) {
        return s.equals("–") || s.equals("—") || s.equals("-");
    }
}
