package org.claimboard.extraction.meta;

import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Tokens;

/**
 * Finds the outlet that wrote the article, from the way news sites sign their rewrites: a name followed by
 * "reports" in the present tense, closing the sentence with no object ("..., Caliber.Az reports." or
 * "..., Caliber.Az reports via foreign media."), or the inverted "..., reports Caliber.Az.".
 */
final class SelfReports {

    private static final int MAX_NAME_TOKENS = 7;

    String publisher(Tokens t, Sentence s) {
        int from = t.firstStartingAtOrAfter(s.start());
        int to = t.firstStartingAtOrAfter(s.end());
        for (int i = from + 1; i < to; i++) {
            if (!t.is(i, "reports")) {
                continue;
            }
            if (closesSentence(t, i + 1, to)) {
                int first = i;
                while (first > from && i - first < MAX_NAME_TOKENS && isNamePiece(t, first - 1)) {
                    first--;
                }
                if (first < i && first > from && t.is(first - 1, ",") && t.isWord(first)) {
                    return name(t, first, i);
                }
            }
            if (t.is(i - 1, ",")) {
                int end = i + 1;
                while (end < to && end - i <= MAX_NAME_TOKENS && isNamePiece(t, end)) {
                    end++;
                }
                if (end > i + 1 && isEnd(t, end, to) && t.isWord(end - 1)) {
                    return name(t, i + 1, end);
                }
            }
        }
        return null;
    }

    /** The agency credited in a dateline, "LONDON (Reuters) -" or "KYIV, Ukraine (AP) —"; null if none. */
    String datelineCredit(Tokens t, Sentence s) {
        int from = t.firstStartingAtOrAfter(s.start());
        int to = Math.min(t.firstStartingAtOrAfter(s.end()), from + MAX_NAME_TOKENS + 2);
        if (from >= to || !t.isWord(from) || !isUpperCase(t.text(from))) {
            return null;
        }
        for (int open = from + 1; open < to; open++) {
            if (t.is(open, "(")) {
                int close = open + 1;
                while (close < to && isNamePiece(t, close)) {
                    close++;
                }
                boolean credit = close > open + 1 && t.is(close, ")") && close + 1 < t.size()
                        && "-\u2013\u2014".indexOf(t.firstChar(close + 1)) >= 0;
                return credit ? name(t, open + 1, close) : null;
            }
        }
        return null;
    }

    private static boolean isUpperCase(String word) {
        return word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
    }

    /** Nothing but an end mark follows, or a "via ..." / "citing ..." tail. */
    private static boolean closesSentence(Tokens t, int k, int to) {
        return isEnd(t, k, to) || t.is(k, "via") || t.is(k, "citing") || t.is(k, "quoting")
                || t.is(k, ",") && (t.is(k + 1, "citing") || t.is(k + 1, "quoting"))
                || t.is(k, "with") && t.is(k + 1, "reference") || t.is(k, "referring");
    }

    private static boolean isEnd(Tokens t, int k, int to) {
        return k >= to || k == to - 1 && (t.is(k, ".") || t.is(k, "!"));
    }

    private static boolean isNamePiece(Tokens t, int k) {
        if (t.isWord(k)) {
            return t.isCapitalized(k) || k >= 2 && t.firstChar(k - 1) == '.' && t.end(k - 1) == t.start(k)
                    && t.end(k - 2) == t.start(k - 1);
        }
        return t.firstChar(k) == '.' && k > 0 && k + 1 < t.size() && t.end(k - 1) == t.start(k)
                && t.end(k) == t.start(k + 1);
    }

    private static String name(Tokens t, int first, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = first; k < end; k++) {
            if (k > first && t.start(k) > t.end(k - 1)) {
                out.append(' ');
            }
            out.append(t.text(k));
        }
        return out.toString();
    }
}
