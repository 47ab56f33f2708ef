package org.claimboard.claim;

/** How many claims concern a country. */
public record CountryTally(String code, String name, long claims) {
}
