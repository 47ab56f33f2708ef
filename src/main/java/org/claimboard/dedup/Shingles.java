package org.claimboard.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashes of the word 5-grams of a text. Words are normalised (case, accents, punctuation) so that typographic
 * differences between copies of the same story do not count. A text shorter than five words is one shingle.
 */
final class Shingles {

    static final int SIZE = 5;

    private Shingles() {
    }

    static long[] of(String text) {
        long[] words = wordHashes(text == null ? "" : text);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - SIZE + 1);
        long[] shingles = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = 0;
            for (int k = start; k < Math.min(words.length, start + SIZE); k++) {
                hash = hash * 0x9E3779B97F4A7C15L + words[k];
            }
            shingles[start] = MinHash.mix(hash);
        }
        return shingles;
    }

    private static long[] wordHashes(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<Long> hashes = new ArrayList<>();
        long hash = FNV_OFFSET;
        boolean inWord = false;
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // accents: "Élysée" and "Elysee" are the same word
            }
            if (Character.isLetterOrDigit(c)) {
                hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                hashes.add(hash);
                hash = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            hashes.add(hash);
        }
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
}
