package org.claimboard.claim;

/** How many claims are attributed to an outlet. */
public record OutletTally(String slug, String name, long claims) {
}
