package org.claimboard.extraction.country;

import org.claimboard.extraction.Tokens;

/** Facts about where a token stands in the text: line and sentence starts, letter case. */
final class TextShape {

    private TextShape() {
    }

    /** Whether token i is the first on its line. */
    static boolean startsLine(String text, Tokens tokens, int i) {
        if (i == 0) {
            return true;
        }
        for (int k = tokens.end(i - 1); k < tokens.start(i); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether token i opens a sentence: first on its line, or after a sentence-ending mark. */
    static boolean startsSentence(String text, Tokens tokens, int i) {
        if (startsLine(text, tokens, i)) {
            return true;
        }
        int k = i - 1;
        while (k > 0 && i - k <= 3 && "\"'\u201C\u201D\u2018\u2019(".indexOf(tokens.firstChar(k)) >= 0) {
            k--;
        }
        char c = tokens.firstChar(k);
        return c == '.' || c == '!' || c == '?' || c == ':';
    }

    static boolean isUpperCase(String text, int from, int to) {
        boolean letters = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
