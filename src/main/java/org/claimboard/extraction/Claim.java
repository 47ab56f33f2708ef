package org.claimboard.extraction;

import java.util.List;

/**
 * A sentence that reports a position, plan, number or event, with who it is attributed to:
 * an outlet, a speaker, or both (either may be null), the countries it concerns, and its date if any.
 */
public record Claim(int sentence, int start, int end, String text, String outlet, String speaker,
                    List<String> countries, DateMention date) {
}
