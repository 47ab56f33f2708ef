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
 * future inside an earlier clause ("X, who will chair the talks, said on Friday") does not carry over; with none
 * before it, the first cue after it. With no cue, news reports look back. Immutable after construction.
 */
final class Tense {

    /** A past participle after these is passive or perfect, not a past event ("will be followed on Friday"). */
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are");

    /** A clause's verb stands within this many words of its date; the bound also keeps the scan linear. */
    private static final int MAX_WORDS = 40;
    /** After a date put first come its sentence's subject, then the verb ("On Friday, Latvia's minister, ... said"). */
    private static final int MAX_WORDS_AFTER = 15;

    private final Map<String, Boolean> future = new HashMap<>();

    Tense() {
        for (String[] row : Lexicon.rows("tense-cues.tsv")) {
            future.put(Tokens.normalize(row[0]), row[1].equals("FUTURE"));
        }
    }

    /**
     * Whether the date starting at token {@code date} is placed ahead of the time of writing. A date put first
     * ("On Friday, the ministers will decide") has its verb after it: with no cue before, the words after decide.
     */
    boolean looksAhead(Tokens tokens, int date) {
        Boolean before = nearestCue(tokens, date - 1, -1, MAX_WORDS);
        if (before != null) {
            return before;
        }
        return Boolean.TRUE.equals(nearestCue(tokens, date + 1, 1, MAX_WORDS_AFTER));
    }

    /** The nearest cue from token {@code from} on in one direction, within the sentence and the line; or null. */
    private Boolean nearestCue(Tokens tokens, int from, int step, int limit) {
        for (int n = 0, k = from; n < limit && k >= 0 && k < tokens.size(); n++, k += step) {
            String norm = tokens.norm(k);
            if (norm.equals(".") || norm.equals("?") || norm.equals("!") || norm.equals(";")
                    || step > 0 && tokens.startsLine(k)) {
                return null;
            }
            Boolean cue = future.get(norm);
            if (cue == null && norm.endsWith("'ll")) {
                cue = true;
            }
            if (cue == null && norm.length() >= 5 && norm.endsWith("ed") && !afterBe(tokens, k)) {
                cue = false;
            }
            if (cue != null || step < 0 && tokens.startsLine(k)) {
                return cue;
            }
        }
        return null;
    }

    private static boolean afterBe(Tokens tokens, int k) {
        return k > 0 && BE.contains(tokens.norm(k - 1));
    }
}
