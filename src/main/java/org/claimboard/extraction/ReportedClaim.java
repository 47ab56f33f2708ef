package org.claimboard.extraction;

import java.util.List;

/**
 * A claim as the text reports it: a sentence, or the part of one that a cited outlet stands for, that reports a
 * position, plan, number or event, with who it is attributed to: an outlet, a speaker, or both (either may be
 * null), the countries it concerns, and its date if any. Stored as {@code claim.Claim}.
 */
public record ReportedClaim(int sentence, int start, int end, String text, String outlet, String speaker,
                            List<String> countries, DateMention date) {
}
