package dev.kronika.ingest.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory locality-sensitive hashing index of MinHash signatures: each signature is cut into
 * bands of rows, and two documents become candidates when any band is identical; candidates are
 * then checked against the detector's similarity threshold. Thread-safe for concurrent adds and
 * queries.
 */
public final class LshIndex {

    /** A stored document whose estimated similarity to the query reached the threshold. */
    public record Match(String id, double similarity) {
    }

    private final NearDuplicateDetector detector;
    private final List<Map<Long, Set<String>>> buckets = new ArrayList<>();
    private final Map<String, MinHashSignature> signatures = new ConcurrentHashMap<>();

    LshIndex(NearDuplicateDetector detector) {
        this.detector = detector;
        for (int b = 0; b < detector.bands(); b++) {
            buckets.add(new ConcurrentHashMap<>());
        }
    }

    public void add(String id, MinHashSignature signature) {
        MinHashSignature previous = signatures.put(id, signature);
        if (previous != null && !previous.equals(signature)) {
            remove(id, previous);
        }
        for (int b = 0; b < buckets.size(); b++) {
            buckets.get(b).computeIfAbsent(bandKey(signature, b), key -> ConcurrentHashMap.newKeySet()).add(id);
        }
    }

    public int size() {
        return signatures.size();
    }

    /** Stored documents that are near-duplicates of the signature, most similar first. */
    public List<Match> query(MinHashSignature signature) {
        Set<String> candidates = new HashSet<>();
        for (int b = 0; b < buckets.size(); b++) {
            Set<String> bucket = buckets.get(b).get(bandKey(signature, b));
            if (bucket != null) {
                candidates.addAll(bucket);
            }
        }
        List<Match> matches = new ArrayList<>();
        for (String id : candidates) {
            MinHashSignature stored = signatures.get(id);
            if (stored != null) {
                double similarity = detector.similarity(signature, stored);
                if (similarity >= detector.threshold()) {
                    matches.add(new Match(id, similarity));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::id));
        return matches;
    }

    private void remove(String id, MinHashSignature signature) {
        for (int b = 0; b < buckets.size(); b++) {
            Set<String> bucket = buckets.get(b).get(bandKey(signature, b));
            if (bucket != null) {
                bucket.remove(id);
            }
        }
    }

    private long bandKey(MinHashSignature signature, int band) {
        int rows = signature.size() / buckets.size();
        long key = band;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            key = NearDuplicateDetector.mix(key * 31 + signature.get(r));
        }
        return key;
    }
}
