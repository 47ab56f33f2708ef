package org.claimboard.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A compact summary of a text for near-copy detection: its number of distinct word 5-grams and their MinHash
 * signature. Two fingerprints estimate how much their texts share without the texts themselves.
 * A fingerprint of a text without words is empty and similar to nothing.
 */
public record Fingerprint(int shingleCount, int[] signature) {

    private static final String VERSION = "mh1";

    public Fingerprint {
        if (shingleCount < 0 || signature == null || signature.length != MinHash.HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + MinHash.HASHES + " hashes");
        }
        signature = signature.clone();
    }

    @Override
    public int[] signature() {
        return signature.clone();
    }

    public boolean isEmpty() {
        return shingleCount == 0;
    }

    /** Estimated Jaccard similarity of the two texts' 5-gram sets, 0 to 1; 0 when either is empty. */
    public double similarity(Fingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < signature.length; k++) {
            same += signature[k] == other.signature[k] ? 1 : 0;
        }
        return (double) same / signature.length;
    }

    /** Estimated share of the smaller text's 5-grams found in the other one, 0 to 1: high for a trimmed copy. */
    public double containment(Fingerprint other) {
        double jaccard = similarity(other);
        if (jaccard == 0) {
            return 0;
        }
        double shared = jaccard / (1 + jaccard) * (shingleCount + other.shingleCount);
        return Math.min(1, shared / Math.min(shingleCount, other.shingleCount));
    }

    /** "mh1:COUNT:BASE64", for storage next to an article. */
    public String encoded() {
        ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
        bytes.asIntBuffer().put(signature);
        return VERSION + ":" + shingleCount + ":" + Base64.getEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Reads {@link #encoded()} back; empty for anything else. */
    public static Optional<Fingerprint> decode(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(parts[2]);
            if (bytes.length != MinHash.HASHES * Integer.BYTES) {
                return Optional.empty();
            }
            int[] signature = new int[MinHash.HASHES];
            ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
            return Optional.of(new Fingerprint(Integer.parseInt(parts[1]), signature));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && shingleCount == that.shingleCount
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * shingleCount + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + shingleCount + " shingles]";
    }
}
