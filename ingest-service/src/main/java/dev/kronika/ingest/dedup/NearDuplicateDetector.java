package dev.kronika.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds articles that are the same story told with small changes (another headline, reordered
 * paragraphs, page furniture around it): MinHash signatures over word shingles (Broder 1997),
 * indexed for lookup with locality-sensitive hashing in bands ({@link LshIndex}).
 *
 * <p>Immutable and thread-safe. Signatures from detectors with equal settings are comparable,
 * also across processes: the hash functions are derived from fixed seeds.
 */
public final class NearDuplicateDetector {

    /** Words per shingle: three words keep common phrases of one topic from looking alike. */
    public static final int DEFAULT_SHINGLE_WORDS = 3;
    public static final int DEFAULT_HASHES = 128;
    /**
     * 64 bands of 2 rows: a pair at the threshold becomes a candidate with probability above
     * 0.99; candidates are then checked against the threshold, which keeps precision.
     */
    public static final int DEFAULT_BANDS = 64;
    /**
     * Estimated Jaccard similarity from which two texts count as one story. A copy framed by
     * another site's furniture and cut by a paragraph still scores above it; distinct reports on
     * one topic share few word triples and score below 0.1.
     */
    public static final double DEFAULT_THRESHOLD = 0.4;

    private final int shingleWords;
    private final long[] seeds;
    private final int bands;
    private final double threshold;

    public NearDuplicateDetector() {
        this(DEFAULT_SHINGLE_WORDS, DEFAULT_HASHES, DEFAULT_BANDS, DEFAULT_THRESHOLD);
    }

    public NearDuplicateDetector(int shingleWords, int hashes, int bands, double threshold) {
        if (shingleWords < 1 || hashes < 1 || bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("need shingleWords >= 1 and hashes a multiple of bands");
        }
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.threshold = threshold;
        this.seeds = new long[hashes];
        long state = 0x5DEECE66DL;
        for (int i = 0; i < hashes; i++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(state);
        }
    }

    public int bands() {
        return bands;
    }

    public double threshold() {
        return threshold;
    }

    /** The MinHash signature of a text; a text of fewer words than a shingle gets one shingle of all of them. */
    public MinHashSignature signature(String text) {
        List<String> words = words(text);
        long[] minimum = new long[seeds.length];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - shingleWords + 1);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHashes[i] = hash(words.get(i));
        }
        for (int start = 0; start < shingles; start++) {
            long shingle = 0x243F6A8885A308D3L;
            for (int w = start; w < Math.min(words.size(), start + shingleWords); w++) {
                shingle = mix(shingle * 31 + wordHashes[w]);
            }
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(shingle ^ seeds[i]);
                if (h < minimum[i]) {
                    minimum[i] = h;
                }
            }
        }
        return new MinHashSignature(minimum);
    }

    /** Estimated Jaccard similarity of two signatures made by this detector. */
    public double similarity(MinHashSignature a, MinHashSignature b) {
        return a.similarity(b);
    }

    public boolean isNearDuplicate(MinHashSignature a, MinHashSignature b) {
        return similarity(a, b) >= threshold;
    }

    /** An empty in-memory index for this detector's signatures. */
    public LshIndex newIndex() {
        return new LshIndex(this);
    }

    /** Lower-cased words of letters and digits, accents folded, punctuation and markup symbols dropped. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a cheap bijective mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
