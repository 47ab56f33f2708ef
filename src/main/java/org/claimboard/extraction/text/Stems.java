package org.claimboard.extraction.text;

import org.claimboard.extraction.Tokens;

/** Views of the tokens that help word lists match inflected text. */
public final class Stems {

    private Stems() {
    }

    /**
     * The same tokens with a trailing possessive cut off ("Ukraine's" reads "Ukraine", "Zelenskyy’s" reads
     * "Zelenskyy"), so word lists match them; offsets then end before the apostrophe.
     */
    public static Tokens withoutPossessives(String text, Tokens tokens) {
        int n = tokens.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            int s = tokens.start(i);
            int e = tokens.end(i);
            if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S') && isApostrophe(text.charAt(e - 2))) {
                e -= 2;
            }
            starts[i] = s;
            ends[i] = e;
        }
        return new Tokens(text, starts, ends, n);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
