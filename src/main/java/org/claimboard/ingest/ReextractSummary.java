package org.claimboard.ingest;

/** What a re-extraction of the stored articles did. */
public record ReextractSummary(int articles, int failed, long claims, long pledges, long mentions) {

    @Override
    public String toString() {
        return "Re-extracted " + articles + " articles (" + failed + " failed): " + claims + " claims, "
                + pledges + " pledges, " + mentions + " mentions";
    }
}
