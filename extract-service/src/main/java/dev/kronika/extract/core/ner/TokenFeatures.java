package dev.kronika.extract.core.ner;

import dev.kronika.extract.core.model.EntityType;
import dev.kronika.extract.core.model.Token;

import java.util.List;
import java.util.Locale;

/**
 * Features of one token for the sequence tagger, as hashed ints: the word and its neighbours,
 * shape, affixes, dictionary readings, knowledge-base and gazetteer hits, cue words, what the
 * rule recogniser made of it, and document-level facts (the word seen in lowercase or
 * capitalised mid-sentence elsewhere in the document, and how the tagger tagged it earlier in
 * the document: {@link DocumentMemory}). Label-history features are added by the
 * tagger. Hashing avoids building strings per feature, which keeps tagging fast.
 */
public final class TokenFeatures {

    /** Per-sentence facts computed once: rule labels and per-token readings. */
    public static final class SentenceView {
        final List<Token> tokens;
        final String[] lower;
        /** Hash of each lowercase word's first five letters: its case endings cut, roughly. */
        final int[] stem;
        final int[] ruleLabel;
        /** How sure the rules were of the name over the token: 0 none, 1 guessed, 2 some evidence, 3 known name. */
        final int[] ruleConfidence;
        final int[] wordClass;
        final List<NameCandidate> rules;

        SentenceView(NameContext ctx, List<Token> tokens, List<NameCandidate> rules) {
            this.tokens = tokens;
            int n = tokens.size();
            lower = new String[n];
            stem = new int[n];
            ruleLabel = new int[n];
            ruleConfidence = new int[n];
            wordClass = new int[n];
            this.rules = rules;
            for (int i = 0; i < n; i++) {
                lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
                stem[i] = (lower[i].length() > 5 ? lower[i].substring(0, 5) : lower[i]).hashCode();
            }
            for (NameCandidate c : rules) {
                for (int k = c.first(); k < c.end(); k++) {
                    ruleLabel[k] = 1 + c.type().ordinal() * 2 + (k == c.first() ? 0 : 1);
                    ruleConfidence[k] = c.confidence() >= 0.7 ? 3 : c.confidence() >= 0.5 ? 2 : 1;
                }
            }
            for (int i = 0; i < n; i++) {
                wordClass[i] = wordClass(ctx, tokens.get(i));
            }
        }

        public int size() {
            return tokens.size();
        }

        boolean isCapitalized(int i) {
            return tokens.get(i).isCapitalized();
        }

        /** The names the rule recogniser found in the sentence. */
        public List<NameCandidate> rules() {
            return rules;
        }
    }

    public static SentenceView view(NameContext ctx, List<Token> sentence, RuleRecognizer rules) {
        return new SentenceView(ctx, sentence, rules.recognize(ctx, sentence));
    }

    public static SentenceView view(NameContext ctx, List<Token> sentence) {
        return view(ctx, sentence, new RuleRecognizer());
    }

    /** Bit flags of what the resources say about a word. */
    private static int wordClass(NameContext ctx, Token token) {
        if (!token.isWord()) {
            return 0;
        }
        String w = token.text();
        int flags = 1;
        if (token.isCapitalized()) {
            flags |= 2;
            if (ctx.personWord(w)) {
                flags |= 4;
            }
            if (ctx.placeWord(w)) {
                flags |= 8;
            }
            if (ctx.isCommonWord(w)) {
                flags |= 16;
            }
            if (ctx.gazetteer.find(w, ctx.language).isPresent()) {
                flags |= 32;
            }
            if (!ctx.kb.lookup(w, ctx.language).isEmpty()) {
                flags |= 64 << Math.min(4, ctx.kb.lookup(w, ctx.language).get(0).type().ordinal());
            }
            if (ctx.midSentenceCapitalised.contains(w)) {
                flags |= 2048;
            }
            if (!ctx.language.equals("en") && ctx.isEnglishCommonWord(w)) {
                flags |= 1 << 22;
            }
            if (!ctx.language.equals("en") && ctx.isEnglishName(w)) {
                flags |= 1 << 23;
            }
        }
        if (ctx.lowercaseWords.contains(w.toLowerCase(Locale.ROOT))) {
            flags |= 4096;
        }
        if (ctx.isRole(w)) {
            flags |= 8192;
        }
        if (ctx.cues.is(Cues.Category.ORGHEAD, ctx.language, w)) {
            flags |= 16384;
        }
        if (ctx.cues.is(Cues.Category.EVTHEAD, ctx.language, w)) {
            flags |= 32768;
        }
        if (ctx.isStop(w)) {
            flags |= 65536;
        }
        if (!ctx.morphology.isEmpty() && ctx.morphology.analyze(w).isEmpty()) {
            flags |= 131072;
        }
        if (token.isCapitalized() && ctx.isFirstName(w)) {
            flags |= 1 << 18;
        }
        if (ctx.demonyms.find(ctx.language, w).isPresent() || ctx.demonyms.find(ctx.language, w.toLowerCase(Locale.ROOT)).isPresent()) {
            flags |= 1 << 19;
        }
        if (ctx.cues.is(Cues.Category.ORGKIND, ctx.language, w)) {
            flags |= 1 << 20;
        }
        if (ctx.cues.is(Cues.Category.LEGALFORM, ctx.language, w) || ctx.cues.is(Cues.Category.TERM, ctx.language, w)) {
            flags |= 1 << 21;
        }
        return flags;
    }

    private TokenFeatures() {
    }

    /**
     * Writes the token's feature hashes into out; returns how many. memory: what the document said
     * earlier of the token's word ({@link DocumentMemory#codes}), 0 for nothing.
     */
    public static int extract(String language, SentenceView s, int i, int memory, int[] out) {
        int n = 0;
        int lang = language.hashCode();
        out[n++] = mix(1, lang);
        out[n++] = mix(2, lang, s.lower[i].hashCode());
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            int word = j < 0 ? 11 : j >= s.size() ? 13 : s.lower[j].hashCode();
            out[n++] = mix(3 + d + 2, lang, word);
        }
        String w = s.tokens.get(i).text();
        int shape = shape(w);
        out[n++] = mix(10, shape);
        out[n++] = mix(11, shape, i == 0 ? 1 : 0);
        int prevShape = i > 0 ? shape(s.tokens.get(i - 1).text()) : 99;
        int nextShape = i + 1 < s.size() ? shape(s.tokens.get(i + 1).text()) : 99;
        out[n++] = mix(12, prevShape, shape);
        out[n++] = mix(13, shape, nextShape);
        out[n++] = mix(14, prevShape, shape, nextShape);
        String lw = s.lower[i];
        for (int k = 1; k <= 4; k++) {
            if (lw.length() > k) {
                out[n++] = mix(20 + k, lang, lw.substring(lw.length() - k).hashCode());
            }
        }
        for (int k = 2; k <= 4; k++) {
            if (lw.length() > k) {
                out[n++] = mix(30 + k, lang, lw.substring(0, k).hashCode());
            }
        }
        int wc = s.wordClass[i];
        out[n++] = mix(40, wc);
        out[n++] = mix(41, wc, shape);
        for (int bit = 0; bit < 18; bit++) {
            if ((wc & (1 << bit)) != 0) {
                out[n++] = mix(42, bit);
            }
        }
        out[n++] = mix(43, i > 0 ? s.wordClass[i - 1] : -1);
        out[n++] = mix(44, i + 1 < s.size() ? s.wordClass[i + 1] : -1);
        out[n++] = mix(50, s.ruleLabel[i]);
        out[n++] = mix(51, s.ruleLabel[i], shape);
        out[n++] = mix(52, s.ruleLabel[i], i > 0 ? s.ruleLabel[i - 1] : -1);
        out[n++] = mix(53, s.ruleLabel[i], i + 1 < s.size() ? s.ruleLabel[i + 1] : -1);
        out[n++] = mix(54, s.ruleLabel[i], s.ruleConfidence[i]);
        out[n++] = mix(55, s.ruleLabel[i], s.ruleConfidence[i], lang);
        if (i > 0) {
            out[n++] = mix(60, lang, s.lower[i - 1].hashCode(), shape);
        }
        // Context words cut to their stems: "prezydent", "prezydenta", "prezydentem" say the same.
        int left = i > 0 ? s.stem[i - 1] : 11;
        int right = i + 1 < s.size() ? s.stem[i + 1] : 13;
        int left2 = i > 1 ? s.stem[i - 2] : 11;
        out[n++] = mix(70, lang, left);
        out[n++] = mix(71, lang, right);
        out[n++] = mix(72, lang, left2, left);
        out[n++] = mix(73, lang, left, shape);
        out[n++] = mix(74, lang, right, shape);
        if (memory != 0) {
            out[n++] = mix(75, memory);
            out[n++] = mix(76, memory, shape);
            out[n++] = mix(77, memory, s.ruleLabel[i]);
        }
        return n;
    }

    public static final int MAX_FEATURES = 64;

    /** Coarse word shape: capitalisation pattern, digits, length class. */
    static int shape(String w) {
        if (w.isEmpty()) {
            return 0;
        }
        boolean upperFirst = Character.isUpperCase(w.charAt(0));
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int other = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isDigit(c)) {
                digit++;
            } else {
                other++;
            }
        }
        int kind;
        if (digit > 0 && upper + lower == 0) {
            kind = 1;
        } else if (upper > 0 && lower == 0) {
            kind = upper == 1 ? 2 : 3;
        } else if (upperFirst && upper == 1) {
            kind = 4;
        } else if (upperFirst) {
            kind = 5;
        } else if (upper > 0) {
            kind = 6;
        } else if (lower > 0) {
            kind = 7;
        } else {
            kind = 8 + (w.charAt(0) % 8);
        }
        return kind * 4 + (other > 0 ? 1 : 0) + (w.length() > 3 ? 2 : 0);
    }

    static int mix(int... values) {
        int h = 0x9747b28c;
        for (int v : values) {
            h ^= v;
            h *= 0x5bd1e995;
            h ^= h >>> 15;
        }
        return h;
    }

    /** Type of a B/I label index (1-based, O = 0). */
    public static EntityType typeOf(int label) {
        return EntityType.values()[(label - 1) / 2];
    }

    public static boolean isBegin(int label) {
        return label > 0 && (label - 1) % 2 == 0;
    }

    public static int label(EntityType type, boolean begin) {
        return 1 + type.ordinal() * 2 + (begin ? 0 : 1);
    }

    public static final int LABELS = 1 + EntityType.values().length * 2;
}
