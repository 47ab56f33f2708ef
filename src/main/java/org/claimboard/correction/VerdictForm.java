package org.claimboard.correction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.claimboard.claim.Verdict.Rating;

/** An editor's verdict on a claim, with an optional note (what source confirms or contradicts it). */
public record VerdictForm(@NotNull(message = "{correction.verdict.required}") Rating verdict,
                          @Size(max = 2000, message = "{correction.note.size}") String note) {

    public static VerdictForm empty() {
        return new VerdictForm(Rating.UNVERIFIED, null);
    }
}
