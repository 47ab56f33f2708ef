package org.claimboard.extraction.meta;

import java.util.HashSet;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.text.Tokenizer;

/**
 * Reads an author from a line of its own: "By Vafa Guliyeva", "Author: Jane Doe", "Written by Jane Doe",
 * "(Wu Minwen, author's unit: ...)", "(Reporting by Andrew Gray; Editing by ...)".
 */
final class Bylines {

    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;

    private final Set<String> stopwords = new HashSet<>();

    Bylines() {
        Lexicon.words("byline-stopwords.txt").forEach(w -> stopwords.add(Tokens.normalize(w)));
    }

    /** The author named by the line, or null. */
    String author(String line) {
        String name = name(line);
        if (name == null) {
            return null;
        }
        Tokens words = Tokenizer.tokenize(name);
        for (int k = 0; k < words.size(); k++) {
            if (stopwords.contains(words.norm(k))) {
                return null;
            }
        }
        return name;
    }

    private static String name(String line) {
        if (line.isEmpty()) {
            return null;
        }
        Tokens t = Tokenizer.tokenize(line);
        if (t.size() == 0) {
            return null;
        }
        if (t.text(0).equals("By") || t.text(0).equals("BY")) {
            return nameThrough(line, t, 1, true);
        }
        if (t.is(0, "written") && t.is(1, "by")) {
            return nameThrough(line, t, 2, true);
        }
        if ((t.is(0, "author") || t.is(0, "authors")) && t.is(1, ":")) {
            return nameThrough(line, t, 2, true);
        }
        if (t.is(0, "(") && t.is(1, "reporting") && t.is(2, "by")) {
            return nameThrough(line, t, 3, false);
        }
        if (t.is(0, "(")) {
            int end = nameEnd(t, 1);
            boolean credited = end < t.size() && t.is(end, ",") && end + 1 < t.size()
                    && t.norm(end + 1).startsWith("author");
            return credited && end - 1 >= MIN_NAME_WORDS ? line.substring(t.start(1), t.end(end - 1)) : null;
        }
        return null;
    }

    /** The name from token {@code from}; with {@code wholeLine} it must fill the line (a trailing role may follow a comma). */
    private static String nameThrough(String line, Tokens t, int from, boolean wholeLine) {
        int end = nameEnd(t, from);
        int words = end - from;
        if (words < MIN_NAME_WORDS) {
            return null;
        }
        boolean rest = end < t.size() && !t.is(end, ",") && !t.is(end, "|") && !t.is(end, "-") && !t.is(end, "\u2013")
                && !t.is(end, "\u2014");
        return wholeLine && rest ? null : line.substring(t.start(from), t.end(end - 1));
    }

    private static int nameEnd(Tokens t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX_NAME_WORDS && t.isWord(k) && t.isCapitalized(k)
                && !Character.isDigit(t.firstChar(k))) {
            k++;
        }
        return k;
    }
}
