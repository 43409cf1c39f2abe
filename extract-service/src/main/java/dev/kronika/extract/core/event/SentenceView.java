package dev.kronika.extract.core.event;

import dev.kronika.extract.core.model.Mention;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.TimeExpression;
import dev.kronika.extract.core.model.Token;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One sentence seen through a lexicon: its tokens, which tokens each cue covers, and which tokens
 * belong to entity mentions and time expressions. Indexes are token positions in the sentence.
 */
final class SentenceView {

    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":", "–", "—", "-", "(", ")", "?", "!");
    private static final Set<String> STRONG_PUNCTUATION = Set.of(";", ":", "–", "—", "-", "?", "!");

    final int index;
    final Span span;
    final List<Token> tokens;
    final List<String> words;
    final List<Mention> mentions;
    final List<TimeExpression> times;
    /** mentionAt[i]: the mention covering token i, or null. */
    final Mention[] mentionAt;
    final boolean[] inTime;
    private final Map<Cue, boolean[]> cueCover = new EnumMap<>(Cue.class);

    SentenceView(int index, Span span, List<Token> tokens, List<Mention> mentions, List<TimeExpression> times, EventLexicon lexicon) {
        this.index = index;
        this.span = span;
        this.tokens = List.copyOf(tokens);
        this.mentions = List.copyOf(mentions);
        this.times = List.copyOf(times);
        List<String> lower = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            lower.add(token.text().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        this.words = List.copyOf(lower);
        mentionAt = new Mention[tokens.size()];
        inTime = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i).span();
            for (Mention mention : mentions) {
                // A nested mention (the place in the channel "Беларус-1") yields to the name around it.
                if (mention.span().overlaps(t) && (mentionAt[i] == null || mention.span().length() > mentionAt[i].span().length())) {
                    mentionAt[i] = mention;
                }
            }
            for (TimeExpression time : times) {
                if (time.span().overlaps(t)) {
                    inTime[i] = true;
                }
            }
        }
        for (Cue cue : Cue.values()) {
            cueCover.put(cue, new boolean[tokens.size()]);
        }
        int triggers = lexicon.triggers().size();
        for (int i = 0; i < words.size(); i++) {
            for (int p : lexicon.startingWith(words.get(i))) {
                if (p < triggers) {
                    continue;
                }
                int end = lexicon.pattern(p).matchAt(words, i);
                if (end > i) {
                    boolean[] cover = cueCover.get(lexicon.cueOf(p));
                    for (int j = i; j < end; j++) {
                        cover[j] = true;
                    }
                }
            }
        }
    }

    int size() {
        return tokens.size();
    }

    boolean is(Cue cue, int i) {
        return i >= 0 && i < tokens.size() && cueCover.get(cue)[i];
    }

    boolean isRole(int i) {
        return is(Cue.ROLE_HEAD_OF_STATE, i) || is(Cue.ROLE_HEAD_OF_GOVERNMENT, i) || is(Cue.ROLE_FOREIGN_MINISTER, i)
                || is(Cue.ROLE_COUNTERPART, i) || is(Cue.SPOKESPERSON, i);
    }

    boolean isPunctuation(int i) {
        return !tokens.get(i).isWord() && tokens.get(i).kind() != Token.Kind.NUMBER;
    }

    /** True when token i separates clauses: clause punctuation or a clause-opening word. */
    boolean isClauseBreak(int i) {
        return CLAUSE_PUNCTUATION.contains(words.get(i)) || is(Cue.CLAUSE_BREAK, i);
    }

    boolean isStrongBreak(int i) {
        return STRONG_PUNCTUATION.contains(words.get(i)) || is(Cue.CLAUSE_BREAK, i);
    }

    /** True when a token of the cue lies in [from, to) of the sentence. */
    boolean any(Cue cue, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (is(cue, i)) {
                return true;
            }
        }
        return false;
    }

    /** The first token after the nearest strong break (clause word, ';', ':', dash) before token {@code i}. */
    int strongClauseStart(int i) {
        int start = i;
        while (start > 0 && !isStrongBreak(start - 1)) {
            start--;
        }
        return start;
    }

    /** The nearest strong break at or after token {@code i}, or the sentence end. */
    int strongClauseEnd(int i) {
        int end = i;
        while (end < tokens.size() && !isStrongBreak(end)) {
            end++;
        }
        return end;
    }

    /** The first token of the clause that ends right before token {@code i}, looking back at most {@code max} tokens. */
    int clauseStart(int i, int max) {
        int start = i;
        while (start > 0 && i - start < max && !isClauseBreak(start - 1)) {
            start--;
        }
        return start;
    }

    /** The exclusive end of the clause that starts right after token {@code i}, looking ahead at most {@code max} tokens. */
    int clauseEnd(int i, int max) {
        int end = i;
        while (end < tokens.size() && end - i < max && !isClauseBreak(end)) {
            end++;
        }
        return end;
    }

    Span spanOf(int from, int to) {
        return new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    int tokenAt(int charIndex) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > charIndex) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
