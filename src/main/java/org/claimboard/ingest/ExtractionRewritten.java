package org.claimboard.ingest;

/**
 * Published inside the transaction that has just replaced an article's derived rows (claims, pledges,
 * mentions) with a new extraction, so that what editors decided about them can be applied again before commit.
 */
public record ExtractionRewritten(Long articleId) {
}
