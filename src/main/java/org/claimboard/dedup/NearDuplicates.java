package org.claimboard.dedup;

import java.util.Arrays;

/**
 * Finds syndicated copies: the same story under another headline, with other boilerplate, or cut shorter.
 * Texts are compared as sets of word 5-grams through MinHash {@link Fingerprint}s, in time linear in the text.
 *
 * <p>Thresholds: two texts are near copies when their estimated Jaccard similarity is at least
 * {@value #SIMILAR} (a copy with a new headline and a footer scores about 0.85 to 0.95; separate articles on the
 * same topic score under 0.1, since 5-grams rarely repeat outside quotes), or when at least {@value #CONTAINED}
 * of the shorter text's 5-grams appear in the longer one and the shorter is at least {@value #MIN_LENGTH_RATIO}
 * of its length (a trimmed wire copy; the length condition keeps an article that quotes a paragraph apart).
 */
public final class NearDuplicates {

    public static final double SIMILAR = 0.8;
    public static final double CONTAINED = 0.9;
    public static final double MIN_LENGTH_RATIO = 0.5;

    private NearDuplicates() {
    }

    public static Fingerprint fingerprint(String text) {
        long[] shingles = Shingles.of(text);
        int distinct = (int) Arrays.stream(shingles).distinct().count();
        return new Fingerprint(distinct, MinHash.signature(shingles));
    }

    public static boolean areNearCopies(Fingerprint first, Fingerprint second) {
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        if (first.similarity(second) >= SIMILAR) {
            return true;
        }
        double lengthRatio = (double) Math.min(first.shingleCount(), second.shingleCount())
                / Math.max(first.shingleCount(), second.shingleCount());
        return lengthRatio >= MIN_LENGTH_RATIO && first.containment(second) >= CONTAINED;
    }

    public static boolean areNearCopies(String first, String second) {
        return areNearCopies(fingerprint(first), fingerprint(second));
    }
}
