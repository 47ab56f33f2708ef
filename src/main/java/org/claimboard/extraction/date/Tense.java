package org.claimboard.extraction.date;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.Tokens;

/**
 * Whether the clause a date stands in looks ahead: "will host leaders on Thursday", "was due to meet on Friday",
 * "expected to take office on 23 February". A weekday or a month-day without a year is then the next one, not the
 * last. Reads back from the date to the start of its sentence; the nearest cue decides (tense-cues.tsv), so a
 * future inside an earlier clause ("X, who will chair the talks, said on Friday") does not carry over. With no
 * cue, news reports look back. Immutable after construction.
 */
final class Tense {

    /** A past participle after these is passive or perfect, not a past event ("will be followed on Friday"). */
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are");

    /** A clause's verb stands within this many words of its date; the bound also keeps the scan linear. */
    private static final int MAX_WORDS = 40;

    private final Map<String, Boolean> future = new HashMap<>();

    Tense() {
        for (String[] row : Lexicon.rows("tense-cues.tsv")) {
            future.put(Tokens.normalize(row[0]), row[1].equals("FUTURE"));
        }
    }

    /** Whether the date starting at token {@code date} is placed ahead of the time of writing. */
    boolean looksAhead(Tokens tokens, int date) {
        for (int k = date - 1; k >= 0 && k >= date - MAX_WORDS; k--) {
            String norm = tokens.norm(k);
            if (norm.equals(".") || norm.equals("?") || norm.equals("!") || norm.equals(";")) {
                return false;
            }
            Boolean cue = future.get(norm);
            if (cue == null && norm.endsWith("'ll")) {
                cue = true;
            }
            if (cue == null && norm.length() >= 5 && norm.endsWith("ed") && !afterBe(tokens, k)) {
                cue = false;
            }
            if (cue != null) {
                return cue;
            }
            if (tokens.startsLine(k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterBe(Tokens tokens, int k) {
        return k > 0 && BE.contains(tokens.norm(k - 1));
    }
}
