package org.claimboard.extraction;

/**
 * A number of personnel in the text: "64,000 soldiers" (exact), "over 10,000 troops" (at least),
 * "between 15,000 and 20,000" (a range, {@code max} set). Money, countries, percentages are never troop counts.
 */
public record TroopCount(int value, Integer max, Qualifier qualifier, int start, int end) {
}
