package org.claimboard.correction;

import java.time.Instant;
import java.util.Locale;

/** A verdict as pages show it, on the claim it lands on. */
public record VerdictView(long claimId, Verdict verdict, String note, String by, Instant at) {

    public String css() {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT);
    }
}
