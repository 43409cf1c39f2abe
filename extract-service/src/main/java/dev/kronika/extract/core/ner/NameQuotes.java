package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.Token;

import java.util.List;

/**
 * Quotation marks at the edges of a name. Annotators include them in some languages and for some
 * types and leave them out elsewhere, so the tagger learns and predicts names without them and one
 * rule per language puts them back ({@link NamedEntityStage}); a mark left alone at one edge
 * ({@code "Северный поток-2}) is never part of a name.
 */
public final class NameQuotes {

    private NameQuotes() {
    }

    public static boolean isQuote(String token) {
        return token.length() == 1 && "\"«»„“”".indexOf(token.charAt(0)) >= 0;
    }

    /**
     * The token range [first, end) without an opening mark at its start and without a closing mark
     * at its end that nothing inside opened; the range itself when only marks would remain.
     */
    public static int[] trim(List<Token> sentence, int first, int end) {
        int f = first;
        int e = end;
        if (e - f > 1 && isQuote(sentence.get(f).text())) {
            f++;
        }
        if (e - f > 1 && isQuote(sentence.get(e - 1).text()) && quotesIn(sentence, f, e - 1) % 2 == 0) {
            e--;
        }
        return new int[] {f, e};
    }

    private static int quotesIn(List<Token> sentence, int first, int end) {
        int n = 0;
        for (int k = first; k < end; k++) {
            if (isQuote(sentence.get(k).text())) {
                n++;
            }
        }
        return n;
    }
}
