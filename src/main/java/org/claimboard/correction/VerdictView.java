package org.claimboard.correction;

import java.time.Instant;

import org.claimboard.claim.Verdict.Rating;

/** A verdict as pages show it, on the claim it lands on. */
public record VerdictView(long claimId, Rating verdict, String note, String by, Instant at) {

    public String css() {
        return "verdict-" + verdict.label();
    }
}
