package dev.kronika.extract.core.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * BIO tagger with a structured averaged perceptron over hashed features ({@link TokenFeatures})
 * plus features of the two previous labels, decoded by beam search. Trained with early update
 * (Collins and Roark 2004): the weights are corrected as soon as the gold sequence drops out of
 * the beam, so training meets the same mistakes decoding will, instead of always continuing
 * from the gold labels. Immutable once trained or loaded; training goes through {@link Trainer}.
 */
public final class PerceptronTagger {

    /** Label sequences kept while decoding: wide enough to keep a long name open until its end. */
    static final int BEAM = 8;

    private final int bits;
    private final int mask;
    private final float[] weights;

    private PerceptronTagger(int bits, float[] weights) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
    }

    /** Labels (0 = O, else {@link TokenFeatures#label}) for the sentence, with what the document said earlier of its words ({@link DocumentMemory#codes}), or null. */
    public int[] tag(String language, TokenFeatures.SentenceView s, int[] memory) {
        return new Decoder(weights, mask, language, s, memory).decode(BEAM, null).labels();
    }

    /** One partial label sequence in the beam, linked to its predecessor. */
    private record Hypothesis(Hypothesis previous, int label, int position, double score) {

        int labelBack(int steps) {
            Hypothesis h = this;
            for (int k = 0; k < steps && h != null; k++) {
                h = h.previous;
            }
            return h == null || h.position < 0 ? -1 : h.label;
        }

        int[] labels() {
            int[] out = new int[position + 1];
            for (Hypothesis h = this; h != null && h.position >= 0; h = h.previous) {
                out[h.position] = h.label;
            }
            return out;
        }

        static Hypothesis start() {
            return new Hypothesis(null, 0, -1, 0);
        }
    }

    /** Result of a decoding: the best sequence, and where training's early update stopped. */
    private record Decoded(Hypothesis best, Hypothesis gold) {
        int[] labels() {
            return best.labels();
        }
    }

    /** Beam search over one sentence; the token features are computed once and shared by every hypothesis. */
    private static final class Decoder {
        private final float[] weights;
        private final int mask;
        private final TokenFeatures.SentenceView s;
        private final int[][] tokenFeatures;
        private final int[] shapes;

        /** memory: what the document said earlier of each token's word ({@link DocumentMemory#codes}), or null. */
        Decoder(float[] weights, int mask, String language, TokenFeatures.SentenceView s, int[] memory) {
            this.weights = weights;
            this.mask = mask;
            this.s = s;
            tokenFeatures = new int[s.size()][];
            shapes = new int[s.size()];
            int[] buffer = new int[TokenFeatures.MAX_FEATURES];
            for (int i = 0; i < s.size(); i++) {
                int n = TokenFeatures.extract(language, s, i, memory == null ? 0 : memory[i], buffer);
                shapes[i] = TokenFeatures.shape(s.tokens.get(i).text());
                tokenFeatures[i] = Arrays.copyOf(buffer, n);
            }
        }

        /**
         * The best sequence by beam search. With gold labels (training), stops at the first
         * position where the gold prefix is no longer in the beam and returns both prefixes.
         */
        Decoded decode(int width, int[] gold) {
            List<Hypothesis> beam = List.of(Hypothesis.start());
            Hypothesis goldPrefix = gold == null ? null : Hypothesis.start();
            float[] base = new float[TokenFeatures.LABELS];
            for (int i = 0; i < s.size(); i++) {
                add(tokenFeatures[i], base);
                List<Hypothesis> next = new ArrayList<>(beam.size() * TokenFeatures.LABELS);
                for (Hypothesis h : beam) {
                    int prev = h.labelBack(0);
                    int prev2 = h.labelBack(1);
                    int f90 = historyFeature(90, prev, prev2, i);
                    int f91 = historyFeature(91, prev, prev2, i);
                    int f92 = historyFeature(92, prev, prev2, i);
                    for (int l = 0; l < TokenFeatures.LABELS; l++) {
                        if (!allowed(Math.max(prev, 0), l)) {
                            continue;
                        }
                        next.add(new Hypothesis(h, l, i, score(h, l, base, f90, f91, f92)));
                    }
                }
                next.sort((a, b) -> Double.compare(b.score, a.score));
                beam = next.subList(0, Math.min(width, next.size()));
                if (goldPrefix != null) {
                    goldPrefix = extend(goldPrefix, gold[i], i, base);
                    if (!contains(beam, goldPrefix)) {
                        return new Decoded(beam.get(0), goldPrefix);
                    }
                }
            }
            return new Decoded(beam.get(0), goldPrefix);
        }

        private Hypothesis extend(Hypothesis h, int label, int i, float[] base) {
            int prev = h.labelBack(0);
            int prev2 = h.labelBack(1);
            return new Hypothesis(h, label, i, score(h, label, base, historyFeature(90, prev, prev2, i),
                    historyFeature(91, prev, prev2, i), historyFeature(92, prev, prev2, i)));
        }

        /** The hypothesis's score with one more label: the token's features and the three label-history features. */
        private double score(Hypothesis h, int label, float[] base, int f90, int f91, int f92) {
            return h.score + base[label] + weight(f90, label) + weight(f91, label) + weight(f92, label);
        }

        private static boolean contains(List<Hypothesis> beam, Hypothesis gold) {
            for (Hypothesis h : beam) {
                if (sameLabels(h, gold)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean sameLabels(Hypothesis a, Hypothesis b) {
            while (a != null && b != null) {
                if (a == b) {
                    return true;
                }
                if (a.label != b.label || a.position != b.position) {
                    return false;
                }
                a = a.previous;
                b = b.previous;
            }
            return a == b;
        }

        int historyFeature(int kind, int prev, int prev2, int i) {
            return switch (kind) {
                case 90 -> TokenFeatures.mix(90, prev);
                case 91 -> TokenFeatures.mix(91, prev, prev2);
                default -> TokenFeatures.mix(92, prev, shapes[i]);
            };
        }

        private float weight(int feature, int label) {
            return weights[(feature & mask) * TokenFeatures.LABELS + label];
        }

        private void add(int[] features, float[] scores) {
            Arrays.fill(scores, 0f);
            for (int f : features) {
                int base = (f & mask) * TokenFeatures.LABELS;
                for (int l = 0; l < TokenFeatures.LABELS; l++) {
                    scores[l] += weights[base + l];
                }
            }
        }

        /** Every feature index (weight slot) that the hypothesis's labels fire, for a perceptron update. */
        void collect(Hypothesis h, List<int[]> slots) {
            for (; h != null && h.position >= 0; h = h.previous) {
                int i = h.position;
                int prev = h.labelBack(1);
                int prev2 = h.labelBack(2);
                int[] fs = tokenFeatures[i];
                int[] out = new int[fs.length + 3];
                for (int k = 0; k < fs.length; k++) {
                    out[k] = (fs[k] & mask) * TokenFeatures.LABELS + h.label;
                }
                out[fs.length] = (historyFeature(90, prev, prev2, i) & mask) * TokenFeatures.LABELS + h.label;
                out[fs.length + 1] = (historyFeature(91, prev, prev2, i) & mask) * TokenFeatures.LABELS + h.label;
                out[fs.length + 2] = (historyFeature(92, prev, prev2, i) & mask) * TokenFeatures.LABELS + h.label;
                slots.add(out);
            }
        }
    }

    /** I-X only after B-X or I-X, so that every sequence reads as well-formed BIO. */
    private static boolean allowed(int previous, int label) {
        return label == 0 || TokenFeatures.isBegin(label)
                || (previous != 0 && TokenFeatures.typeOf(previous) == TokenFeatures.typeOf(label));
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(bits);
        int nonZero = 0;
        for (float w : weights) {
            if (w != 0f) {
                nonZero++;
            }
        }
        out.writeInt(nonZero);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0f) {
                out.writeInt(i);
                out.writeFloat(weights[i]);
            }
        }
    }

    public static PerceptronTagger read(DataInputStream in) throws IOException {
        int bits = in.readInt();
        float[] weights = new float[(1 << bits) * TokenFeatures.LABELS];
        int nonZero = in.readInt();
        for (int k = 0; k < nonZero; k++) {
            int i = in.readInt();
            weights[i] = in.readFloat();
        }
        return new PerceptronTagger(bits, weights);
    }

    /** Averaged structured-perceptron training: learn on one sentence at a time, then {@link #build()}. */
    public static final class Trainer {
        private final int bits;
        private final int mask;
        private final float[] weights;
        private final float[] totals;
        private final int[] stamps;
        private int clock = 1;

        public Trainer(int bits) {
            this.bits = bits;
            this.mask = (1 << bits) - 1;
            int size = (1 << bits) * TokenFeatures.LABELS;
            weights = new float[size];
            totals = new float[size];
            stamps = new int[size];
        }

        /**
         * Decodes the sentence with the current weights and, where the best sequence differs from
         * the gold one, moves the weights towards gold. Returns the number of wrong labels in the
         * decoded prefix.
         */
        public int learn(String language, TokenFeatures.SentenceView s, int[] gold, int[] memory) {
            Decoder decoder = new Decoder(weights, mask, language, s, memory);
            Decoded d = decoder.decode(BEAM, gold);
            int errors = 0;
            int[] predicted = d.best().labels();
            for (int i = 0; i < predicted.length; i++) {
                if (predicted[i] != gold[i]) {
                    errors++;
                }
            }
            if (errors > 0) {
                List<int[]> goldSlots = new ArrayList<>();
                List<int[]> predictedSlots = new ArrayList<>();
                decoder.collect(d.gold(), goldSlots);
                decoder.collect(d.best(), predictedSlots);
                goldSlots.forEach(slots -> update(slots, 1f));
                predictedSlots.forEach(slots -> update(slots, -1f));
            }
            clock++;
            return errors;
        }

        private void update(int[] slots, float delta) {
            for (int index : slots) {
                totals[index] += (clock - stamps[index]) * weights[index];
                stamps[index] = clock;
                weights[index] += delta;
            }
        }

        /** Labels with the current (not yet averaged) weights, as decoding after training would give them. */
        public int[] tag(String language, TokenFeatures.SentenceView s, int[] memory) {
            return new Decoder(weights, mask, language, s, memory).decode(BEAM, null).labels();
        }

        public PerceptronTagger build() {
            float[] averaged = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                float total = totals[i] + (clock - stamps[i]) * weights[i];
                averaged[i] = total / clock;
            }
            return new PerceptronTagger(bits, averaged);
        }
    }
}
