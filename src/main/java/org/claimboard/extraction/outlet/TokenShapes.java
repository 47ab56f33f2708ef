package org.claimboard.extraction.outlet;

import java.util.Set;

import org.claimboard.extraction.Tokens;

/** Small facts about how names are written: possessives, web addresses, names inside longer names. */
final class TokenShapes {

    /** Lower-case words inside longer proper names ("Ministry of Defence", "Institute for the Study of War"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for");

    private TokenShapes() {
    }

    /** Whether token k was written with a possessive ending, cut off in these tokens ("CNN's"). */
    static boolean isPossessive(String text, Tokens tokens, int k) {
        int end = tokens.end(k);
        return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019');
    }

    /** Whether the word just before {@code start} is a possessive ("CNN's Jim Sciutto", "the allies' envoy"). */
    static boolean afterPossessive(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 1 && (text.charAt(k) == 's' || text.charAt(k) == '\'' || text.charAt(k) == '\u2019')
                && (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '\u2019' || text.charAt(k) != 's');
    }

    /** A web address as a name: words joined by a dot without spaces ("Caliber.Az", "Report.az"), not "U.S.". */
    static boolean hasDomain(Tokens tokens, int first, int end) {
        for (int k = first + 1; k + 1 < end; k++) {
            if (tokens.firstChar(k) == '.' && tokens.end(k - 1) == tokens.start(k) && tokens.end(k) == tokens.start(k + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "the Institute for the Study of War": a name joined by "of" or "for" to capitalised words on either side. */
    static boolean isPartOfLongerName(Tokens tokens, int first, int end) {
        int before = first - 1;
        while (before >= 0 && tokens.is(before, "the")) {
            before--;
        }
        boolean joinedBefore = before > 0 && CONNECTORS.contains(tokens.norm(before)) && tokens.isWord(before - 1)
                && tokens.isCapitalized(before - 1);
        int after = end;
        boolean joinedAfter = after + 1 < tokens.size() && CONNECTORS.contains(tokens.norm(after))
                && (tokens.isCapitalized(after + 1) && tokens.isWord(after + 1)
                || tokens.is(after + 1, "the") && after + 2 < tokens.size() && tokens.isCapitalized(after + 2));
        return joinedBefore || joinedAfter;
    }
}
