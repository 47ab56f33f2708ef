package org.claimboard.extraction.pledge;

import java.util.Set;

import org.claimboard.extraction.Tokens;

/**
 * The tokens without quotation marks, so that quoting inside a phrase ("is \"ready\" to send", "a 'peacekeeping'
 * contingent") does not hide it. Offsets still point into the article text.
 */
final class QuoteFree {

    private QuoteFree() {
    }

    static Tokens of(String text, Tokens tokens, Set<String> quotes) {
        int n = tokens.size();
        int[] starts = new int[Math.max(1, n)];
        int[] ends = new int[Math.max(1, n)];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            boolean quote = tokens.end(k) - tokens.start(k) == 1 && quotes.contains(tokens.norm(k));
            if (!quote) {
                starts[kept] = tokens.start(k);
                ends[kept] = tokens.end(k);
                kept++;
            }
        }
        return kept == n ? tokens : new Tokens(text, starts, ends, kept);
    }
}
