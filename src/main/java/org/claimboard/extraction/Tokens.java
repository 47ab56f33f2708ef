package org.claimboard.extraction;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The article's tokens as parallel offset arrays (compact for multi-megabyte texts).
 * {@link #norm(int)} gives the matching key: lower case, accents and curly apostrophes folded.
 */
public final class Tokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final String[] norms;

    public Tokens(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.norms = new String[size];
    }

    public static Tokens empty(String text) {
        return new Tokens(text, new int[0], new int[0], 0);
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public char firstChar(int i) {
        return text.charAt(starts[i]);
    }

    public boolean isCapitalized(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    public boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(starts[i]));
    }

    /** Whether token i is the first on its line (the first of the text, or after a line break). */
    public boolean startsLine(int i) {
        if (i <= 0) {
            return i == 0;
        }
        for (int k = ends[i - 1]; k < starts[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The normalised form used for matching word lists. */
    public String norm(int i) {
        String n = norms[i];
        if (n == null) {
            n = normalize(text.substring(starts[i], ends[i]));
            norms[i] = n;
        }
        return n;
    }

    /** Whether token i is the given normalised word. */
    public boolean is(int i, String normalized) {
        return i >= 0 && i < size && norm(i).equals(normalized);
    }

    /** Index of the first token whose end is after {@code offset} (size when none). */
    public int indexAtOrAfter(int offset) {
        int i = Arrays.binarySearch(ends, 0, size, offset + 1);
        i = i < 0 ? -i - 1 : i;
        while (i > 0 && ends[i - 1] > offset) {
            i--;
        }
        return i;
    }

    /** Index of the first token starting at or after {@code offset}. */
    public int firstStartingAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        return i < 0 ? -i - 1 : i;
    }

    public static String normalize(String s) {
        String folded = s.replace('\u2019', '\'').replace('\u2018', '\'');
        boolean ascii = true;
        for (int k = 0; k < folded.length(); k++) {
            if (folded.charAt(k) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            folded = withoutMarks(Normalizer.normalize(folded, Normalizer.Form.NFD));
        }
        return folded.toLowerCase(Locale.ROOT);
    }

    /** Drops combining marks (what the regex \p{M} matches) without a regular expression: this runs per token. */
    private static String withoutMarks(String s) {
        StringBuilder out = null;
        for (int k = 0; k < s.length(); k++) {
            int type = Character.getType(s.charAt(k));
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (mark && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, k);
            } else if (!mark && out != null) {
                out.append(s.charAt(k));
            }
        }
        return out == null ? s : out.toString();
    }
}
