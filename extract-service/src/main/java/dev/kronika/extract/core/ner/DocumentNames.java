package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sense per document, for recall: a name recognised once in a document is a name wherever
 * else it is written the same way ("Uniper" found in one sentence, missed in the next), and a
 * person's surname alone is the person named in full elsewhere ("Тереза Мэй" ... "Мэй").
 */
final class DocumentNames {

    private static final int LONGEST = 4;

    private DocumentNames() {
    }

    /** Adds, in place, the repeats of names found elsewhere in the document to each sentence's candidates. */
    static void addRepeated(NameContext ctx, List<List<Token>> sentences, List<List<NameCandidate>> found) {
        Map<String, EntityType> names = new HashMap<>();
        Map<String, Boolean> surnames = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            for (NameCandidate c : found.get(s)) {
                if (c.end() - c.first() <= LONGEST && sentence.get(c.first()).isCapitalized()) {
                    names.putIfAbsent(ctx.surface(sentence, c.first(), c.end()), c.type());
                }
                if (c.type() == EntityType.PER && c.end() - c.first() >= 2 && sentence.get(c.end() - 1).isCapitalized()) {
                    surnames.put(ctx.lemma(sentence, c.end() - 1, c.end(), EntityType.PER), true);
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            List<NameCandidate> candidates = found.get(s);
            boolean[] covered = new boolean[sentence.size()];
            for (NameCandidate c : candidates) {
                for (int k = c.first(); k < c.end(); k++) {
                    covered[k] = true;
                }
            }
            int before = candidates.size();
            for (int i = 0; i < sentence.size(); i++) {
                Token t = sentence.get(i);
                if (covered[i] || !t.isWord() || !t.isCapitalized() || ctx.isStop(t.text())) {
                    continue;
                }
                int end = longestKnown(ctx, sentence, covered, i, names);
                if (end > i && !(end - i == 1 && i + 1 < sentence.size() && sentence.get(i + 1).isCapitalized() && !covered[i + 1])) {
                    candidates.add(new NameCandidate(i, end, names.get(ctx.surface(sentence, i, end)), 0.5));
                    i = end - 1;
                } else if (isLoneWord(sentence, covered, i) && surnames.containsKey(ctx.lemma(sentence, i, i + 1, EntityType.PER))) {
                    candidates.add(new NameCandidate(i, i + 1, EntityType.PER, 0.5));
                }
            }
            if (candidates.size() > before) {
                candidates.sort(java.util.Comparator.comparingInt(NameCandidate::first));
            }
        }
    }

    private static int longestKnown(NameContext ctx, List<Token> sentence, boolean[] covered, int first, Map<String, EntityType> names) {
        for (int end = Math.min(sentence.size(), first + LONGEST); end > first; end--) {
            boolean free = true;
            for (int k = first; k < end; k++) {
                free &= !covered[k];
            }
            if (free && (end == sentence.size() || !sentence.get(end).isCapitalized() || covered[end])
                    && names.containsKey(ctx.surface(sentence, first, end))) {
                return end;
            }
        }
        return first;
    }

    /** A capitalised word standing alone, not part of a longer capitalised run. */
    private static boolean isLoneWord(List<Token> sentence, boolean[] covered, int i) {
        boolean leftFree = i == 0 || !sentence.get(i - 1).isCapitalized() || !sentence.get(i - 1).isWord();
        boolean rightFree = i + 1 >= sentence.size() || !sentence.get(i + 1).isCapitalized() || !sentence.get(i + 1).isWord();
        return leftFree && rightFree;
    }
}
