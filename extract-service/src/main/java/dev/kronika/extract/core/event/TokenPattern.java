package dev.kronika.extract.core.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A lexicon entry matched against lower-cased word tokens: one regular expression per token,
 * where {@code *} stands for any letters (an inflection ending), and {@code ~} between two token
 * patterns allows a gap of up to {@value #MAX_GAP} tokens ("zgodzili się ~ spotkać").
 */
final class TokenPattern {

    static final int MAX_GAP = 3;

    private final String source;
    private final List<Pattern> tokens;
    /** gapBefore[i]: token i may follow token i-1 after a gap. */
    private final boolean[] gapBefore;

    private TokenPattern(String source, List<Pattern> tokens, boolean[] gapBefore) {
        this.source = source;
        this.tokens = tokens;
        this.gapBefore = gapBefore;
    }

    static TokenPattern parse(String source) {
        String[] parts = source.trim().split("\\s+");
        List<Pattern> tokens = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        boolean gap = false;
        for (String part : parts) {
            if (part.equals("~")) {
                gap = true;
                continue;
            }
            String regex = part.toLowerCase(Locale.ROOT).replace("*", "\\p{L}*");
            tokens.add(Pattern.compile(regex));
            gaps.add(gap);
            gap = false;
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty token pattern");
        }
        if (tokens.size() > 1) {
            for (String part : parts) {
                if (hasTopLevelAlternative(part)) {
                    throw new IllegalArgumentException("'" + source + "': an alternative outside parentheses in a sequence of tokens applies to one token only; write one line per sequence");
                }
            }
        }
        boolean[] gapBefore = new boolean[gaps.size()];
        for (int i = 0; i < gapBefore.length; i++) {
            gapBefore[i] = gaps.get(i);
        }
        return new TokenPattern(source, List.copyOf(tokens), gapBefore);
    }

    private static boolean hasTopLevelAlternative(String part) {
        int depth = 0;
        for (char c : part.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exclusive end index of a match starting at word {@code start} of {@code words}
     * (lower-cased word texts), or -1.
     */
    int matchAt(List<String> words, int start) {
        return matchFrom(words, start, 0);
    }

    private int matchFrom(List<String> words, int position, int patternIndex) {
        if (patternIndex == tokens.size()) {
            return position;
        }
        int maxSkip = patternIndex > 0 && gapBefore[patternIndex] ? MAX_GAP : 0;
        for (int skip = 0; skip <= maxSkip; skip++) {
            int at = position + skip;
            if (at >= words.size()) {
                return -1;
            }
            if (tokens.get(patternIndex).matcher(words.get(at)).matches()) {
                int end = matchFrom(words, at + 1, patternIndex + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** True when the pattern's first token matches the word: a match may start there. */
    boolean startsWith(String word) {
        return tokens.get(0).matcher(word).matches();
    }

    int length() {
        return tokens.size();
    }

    @Override
    public String toString() {
        return source;
    }
}
