package org.claimboard.dedup;

/**
 * Locality-sensitive hashing over a MinHash signature: {@value #BANDS} bands of {@value #ROWS} hashes, each band
 * hashed (with its position) to one number. Two texts share at least one band with probability
 * 1 - (1 - J^3)^42 for Jaccard similarity J: about 0.97 at J = 0.43 (the lowest a trimmed copy accepted by
 * {@link NearDuplicates} can score), under 0.5 % at J = 0.05 (separate articles on the same topic). Three rows
 * rather than more, so trimmed copies are not missed; the fingerprints decide afterwards.
 */
public final class Bands {

    public static final int ROWS = 3;
    public static final int BANDS = MinHash.HASHES / ROWS;

    private Bands() {
    }

    /** One hash per band; empty for an empty fingerprint, which is a near copy of nothing. */
    public static long[] of(Fingerprint fingerprint) {
        if (fingerprint.isEmpty()) {
            return new long[0];
        }
        int[] signature = fingerprint.signature();
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = MinHash.mix(band + 1L);
            for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
                hash = MinHash.mix(hash ^ (signature[row] & 0xFFFFFFFFL));
            }
            bands[band] = hash;
        }
        return bands;
    }
}
