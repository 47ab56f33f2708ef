package org.claimboard.extraction.text;

import java.util.Arrays;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.Tokens;

/**
 * Splits the text into word and punctuation tokens in one linear pass.
 * A word keeps its inner apostrophes, hyphens and digit separators ("Ukraine's", "war-torn", "10,000", "2.5");
 * a run of single letters and dots keeps its dots ("U.S.", "a.m.").
 */
public final class Tokenizer implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        doc.setTokens(tokenize(doc.text()));
    }

    public static Tokens tokenize(String text) {
        int capacity = Math.max(16, text.length() / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i);
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < length ? 2 : 1;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = i;
            n++;
        }
        return new Tokens(text, starts, ends, n);
    }

    private static int wordEnd(String text, int i) {
        int length = text.length();
        int start = i;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            char next = i + 1 < length ? text.charAt(i + 1) : ' ';
            char prev = text.charAt(i - 1);
            boolean inner = switch (c) {
                case '\'', '\u2019', '-', '\u2010', '\u2011' -> Character.isLetterOrDigit(next) && Character.isLetter(prev)
                        || c != '\'' && c != '\u2019' && Character.isLetterOrDigit(next);
                case ',' -> Character.isDigit(prev) && Character.isDigit(next) && threeDigitsFollow(text, i + 1);
                case '.' -> Character.isDigit(prev) && Character.isDigit(next)
                        || Character.isLetter(prev) && Character.isLetter(next) && singleLetterBefore(text, i, start);
                default -> false;
            };
            if (!inner) {
                break;
            }
            i++;
        }
        if (i < length && text.charAt(i) == '.' && isLetterDotRun(text, start, i)) {
            i++;
        }
        return i;
    }

    private static boolean threeDigitsFollow(String text, int from) {
        int digits = 0;
        int k = from;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            digits++;
            k++;
        }
        return digits == 3;
    }

    /** True when the letter before position {@code dot} stands alone ("U.S", "a.m"), not "end.Start". */
    private static boolean singleLetterBefore(String text, int dot, int start) {
        return dot - 1 == start || !Character.isLetterOrDigit(text.charAt(dot - 2));
    }

    /** "U.S" or "a.m": single letters separated by dots. */
    private static boolean isLetterDotRun(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            boolean letterPlace = (k - start) % 2 == 0;
            char c = text.charAt(k);
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    /** White space, including no-break spaces and the zero-width format characters. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
