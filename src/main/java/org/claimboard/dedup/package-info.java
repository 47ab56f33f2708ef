/**
 * Near-copy detection for syndicated articles: {@link org.claimboard.dedup.NearDuplicates} turns a text into a
 * MinHash {@link org.claimboard.dedup.Fingerprint} of its word 5-grams, small enough to store next to an article
 * ({@link org.claimboard.dedup.Fingerprint#encoded()}), and decides whether two texts are the same story.
 */
package org.claimboard.dedup;
