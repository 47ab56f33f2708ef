package org.claimboard.claim;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A fact-checker's judgement of a claim. Claim pages publish it as a schema.org ClaimReview.
 *
 * @param rating   what the check found
 * @param note     why, in the reviewer's words (may be null)
 * @param reviewer who checked (null: Claimboard)
 * @param date     when the verdict was given
 */
public record Verdict(Rating rating, String note, String reviewer, LocalDate date) {

    public enum Rating {
        VERIFIED, DISPUTED, UNVERIFIED;

        /** The name schema.org's Rating carries as its alternateName. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
