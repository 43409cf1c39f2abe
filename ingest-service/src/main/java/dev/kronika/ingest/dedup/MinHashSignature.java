package dev.kronika.ingest.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A MinHash signature: for each of n hash functions, the smallest hash of the document's
 * shingles. The share of equal positions in two signatures estimates the Jaccard similarity of
 * the two shingle sets. Immutable; stored as 8n bytes (e.g. a PostgreSQL {@code bytea}) or as
 * a {@code bigint[]}.
 */
public final class MinHashSignature {

    private final long[] values;

    public MinHashSignature(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("empty signature");
        }
        this.values = values.clone();
    }

    public int size() {
        return values.length;
    }

    public long get(int i) {
        return values[i];
    }

    public long[] toLongs() {
        return values.clone();
    }

    /** Big-endian bytes, 8 per hash function. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long value : values) {
            buffer.putLong(value);
        }
        return buffer.array();
    }

    public static MinHashSignature fromBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes.length % Long.BYTES != 0) {
            throw new IllegalArgumentException("signature bytes must be a non-empty multiple of 8, got " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] values = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getLong();
        }
        return new MinHashSignature(values);
    }

    /** Estimated Jaccard similarity of the two documents' shingle sets, in [0, 1]. */
    public double similarity(MinHashSignature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + values.length + " and " + other.values.length);
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return equal / (double) values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
