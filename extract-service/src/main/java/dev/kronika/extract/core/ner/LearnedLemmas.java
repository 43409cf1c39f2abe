package dev.kronika.extract.core.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Word-level base forms learned from an annotated corpus: the base form of each name word seen
 * (per language, person or not), and suffix rules ("-ii" -> "-ie") for unseen words, chosen by
 * the longest ending with enough support. Complements the dictionaries, and replaces them for
 * languages that have none here.
 */
public final class LearnedLemmas {

    private static final int MIN_SUPPORT = 3;
    private static final double MIN_SHARE = 0.6;
    private static final int MAX_SUFFIX = 5;

    private final Map<String, String> words;
    /** key: language|P|suffix -> "cut|add". */
    private final Map<String, String> rules;

    private LearnedLemmas(Map<String, String> words, Map<String, String> rules) {
        this.words = Map.copyOf(words);
        this.rules = Map.copyOf(rules);
    }

    public static LearnedLemmas empty() {
        return new LearnedLemmas(Map.of(), Map.of());
    }

    private static String kind(boolean person) {
        return person ? "P" : "O";
    }

    /** The learned base form of one word of a name, if any. */
    public Optional<String> word(String language, boolean person, String word) {
        String known = words.get(language + "|" + kind(person) + "|" + word);
        return Optional.ofNullable(known);
    }

    /** The base form by the best learned suffix rule, if one applies. */
    public Optional<String> bySuffix(String language, boolean person, String word) {
        for (int k = Math.min(MAX_SUFFIX, word.length() - 2); k >= 2; k--) {
            String rule = rules.get(language + "|" + kind(person) + "|" + word.substring(word.length() - k));
            if (rule != null) {
                int bar = rule.indexOf('|');
                int cut = Integer.parseInt(rule.substring(0, bar));
                if (cut <= word.length() - 2) {
                    return Optional.of(word.substring(0, word.length() - cut) + rule.substring(bar + 1));
                }
            }
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return words.isEmpty() && rules.isEmpty();
    }

    /** Collects word pairs (surface word, base word) from annotated mentions. */
    public static final class Builder {
        private final Map<String, Map<String, Integer>> wordCounts = new HashMap<>();
        private final Map<String, Map<String, Integer>> ruleCounts = new HashMap<>();

        /** A mention's surface and base form; words are paired when both have as many words. */
        public void add(String language, boolean person, String surface, String lemma) {
            String[] s = surface.trim().split("\\s+");
            String[] l = lemma.trim().split("\\s+");
            if (s.length != l.length) {
                return;
            }
            for (int i = 0; i < s.length; i++) {
                addWord(language, person, s[i], l[i]);
            }
        }

        private void addWord(String language, boolean person, String surface, String lemma) {
            String kind = kind(person);
            wordCounts.computeIfAbsent(language + "|" + kind + "|" + surface, k -> new HashMap<>()).merge(lemma, 1, Integer::sum);
            int p = 0;
            while (p < surface.length() && p < lemma.length() && surface.charAt(p) == lemma.charAt(p)) {
                p++;
            }
            int cut = surface.length() - p;
            String rule = cut + "|" + lemma.substring(p);
            for (int k = Math.max(1, cut); k <= MAX_SUFFIX && k < surface.length(); k++) {
                ruleCounts.computeIfAbsent(language + "|" + kind + "|" + surface.substring(surface.length() - k), x -> new HashMap<>())
                        .merge(rule, 1, Integer::sum);
            }
        }

        public LearnedLemmas build() {
            Map<String, String> words = new HashMap<>();
            for (Map.Entry<String, Map<String, Integer>> e : wordCounts.entrySet()) {
                best(e.getValue(), 1, 0.5).ifPresent(b -> words.put(e.getKey(), b));
            }
            Map<String, String> rules = new HashMap<>();
            for (Map.Entry<String, Map<String, Integer>> e : ruleCounts.entrySet()) {
                best(e.getValue(), MIN_SUPPORT, MIN_SHARE).ifPresent(b -> rules.put(e.getKey(), b));
            }
            return new LearnedLemmas(words, rules);
        }

        private static Optional<String> best(Map<String, Integer> counts, int minSupport, double minShare) {
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(b -> b.getValue() >= minSupport && b.getValue() >= minShare * total)
                    .map(Map.Entry::getKey);
        }
    }

    public void write(DataOutputStream out) throws IOException {
        writeMap(out, words);
        writeMap(out, rules);
    }

    public static LearnedLemmas read(DataInputStream in) throws IOException {
        return new LearnedLemmas(readMap(in), readMap(in));
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }
}
