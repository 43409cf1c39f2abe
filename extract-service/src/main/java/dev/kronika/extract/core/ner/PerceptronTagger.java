package dev.kronika.extract.core.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Greedy left-to-right BIO tagger with an averaged perceptron over hashed features
 * ({@link TokenFeatures}) plus the previous labels. Immutable once trained or loaded; training
 * goes through {@link Trainer}.
 */
public final class PerceptronTagger {

    private final int bits;
    private final int mask;
    private final float[] weights;

    private PerceptronTagger(int bits, float[] weights) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
    }

    /** Labels (0 = O, else {@link TokenFeatures#label}) for the sentence. */
    public int[] tag(String language, TokenFeatures.SentenceView s) {
        int[] labels = new int[s.size()];
        int[] features = new int[TokenFeatures.MAX_FEATURES];
        float[] scores = new float[TokenFeatures.LABELS];
        for (int i = 0; i < s.size(); i++) {
            int n = features(language, s, i, labels, features);
            labels[i] = best(scores(weights, mask, features, n, scores), i > 0 ? labels[i - 1] : 0);
        }
        return labels;
    }

    static int features(String language, TokenFeatures.SentenceView s, int i, int[] labels, int[] out) {
        int n = TokenFeatures.extract(language, s, i, out);
        int prev = i > 0 ? labels[i - 1] : -1;
        int prev2 = i > 1 ? labels[i - 2] : -1;
        out[n++] = TokenFeatures.mix(90, prev);
        out[n++] = TokenFeatures.mix(91, prev, prev2);
        out[n++] = TokenFeatures.mix(92, prev, TokenFeatures.shape(s.tokens.get(i).text()));
        return n;
    }

    private static float[] scores(float[] weights, int mask, int[] features, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        for (int f = 0; f < n; f++) {
            int base = (features[f] & mask) * TokenFeatures.LABELS;
            for (int l = 0; l < TokenFeatures.LABELS; l++) {
                scores[l] += weights[base + l];
            }
        }
        return scores;
    }

    /** The best label that keeps BIO well-formed (I-X only after B-X or I-X). */
    private static int best(float[] scores, int previous) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < scores.length; l++) {
            if (l > 0 && !TokenFeatures.isBegin(l) && (previous == 0 || TokenFeatures.typeOf(previous) != TokenFeatures.typeOf(l))) {
                continue;
            }
            if (scores[l] > bestScore) {
                bestScore = scores[l];
                best = l;
            }
        }
        return best;
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

    /** Averaged-perceptron training: learn on one sentence at a time, then {@link #build()}. */
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

        /** Tags the sentence with the current weights and corrects them where it errs. Returns errors. */
        public int learn(String language, TokenFeatures.SentenceView s, int[] gold) {
            int[] labels = new int[s.size()];
            int[] features = new int[TokenFeatures.MAX_FEATURES];
            float[] scores = new float[TokenFeatures.LABELS];
            int errors = 0;
            for (int i = 0; i < s.size(); i++) {
                int n = features(language, s, i, labels, features);
                int predicted = best(scores(weights, mask, features, n, scores), i > 0 ? labels[i - 1] : 0);
                if (predicted != gold[i]) {
                    errors++;
                    for (int f = 0; f < n; f++) {
                        int base = (features[f] & mask) * TokenFeatures.LABELS;
                        update(base + gold[i], 1f);
                        update(base + predicted, -1f);
                    }
                }
                // Continue from the gold history so later decisions learn from a sane context.
                labels[i] = gold[i];
                clock++;
            }
            return errors;
        }

        private void update(int index, float delta) {
            totals[index] += (clock - stamps[index]) * weights[index];
            stamps[index] = clock;
            weights[index] += delta;
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
