package org.claimboard.dedup;

import java.util.Arrays;

/**
 * MinHash over shingle hashes: for each of {@value #HASHES} seeded hash functions, the smallest value over all
 * shingles. The share of positions where two signatures agree estimates the Jaccard similarity of the shingle sets
 * (standard error about 0.035 near 0.8). The seeds are fixed: stored signatures stay comparable.
 */
final class MinHash {

    static final int HASHES = 128;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    static int[] signature(long[] shingles) {
        int[] minimum = new int[HASHES];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < HASHES; k++) {
                int value = (int) (mix(shingle ^ SEEDS[k]) >>> 33);
                if (value < minimum[k]) {
                    minimum[k] = value;
                }
            }
        }
        return minimum;
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole result. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x436c61696d626f61L; // "Claimboa"
        for (int k = 0; k < HASHES; k++) {
            state += 0x9E3779B97F4A7C15L;
            seeds[k] = mix(state);
        }
        return seeds;
    }
}
