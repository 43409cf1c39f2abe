package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.Document;
import dev.kronika.extract.core.model.Layers;
import dev.kronika.extract.core.model.Span;
import dev.kronika.extract.core.model.Token;

import java.util.ArrayList;
import java.util.List;

/** The main-text tokens of a document grouped by sentence (furniture dropped). */
public final class SentenceTokens {

    private SentenceTokens() {
    }

    public static List<List<Token>> of(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Span> sentences = document.get(Layers.SENTENCES);
        List<List<Token>> out = new ArrayList<>(sentences.size());
        int t = 0;
        for (Span sentence : sentences) {
            List<Token> current = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).begin() < sentence.begin()) {
                t++;
            }
            while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) {
                Token token = tokens.get(t++);
                if (document.inMainText(token.span())) {
                    current.add(token);
                } else if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                if (!out.isEmpty() && endsWithAbbreviation(out.get(out.size() - 1)) && current.get(0).isCapitalized()) {
                    out.get(out.size() - 1).addAll(current); // "z Wlk. | Brytanii": the splitter took an abbreviation for a full stop
                } else {
                    out.add(current);
                }
            }
        }
        return out;
    }

    private static boolean endsWithAbbreviation(List<Token> sentence) {
        int n = sentence.size();
        return n >= 3 && RuleRecognizer.isAbbreviationDot(sentence, n - 1) && sentence.get(n - 2).text().length() >= 2;
    }
}
