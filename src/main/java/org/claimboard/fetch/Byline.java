package org.claimboard.fetch;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Author names from byline markup ({@code [rel=author]}, {@code [itemprop=author]}, {@code .byline}) or from a
 * "By X" line.
 */
final class Byline {

    private static final int MAX_LENGTH = 80;
    private static final Set<String> JOINING_WORDS = Set.of("and", "&", "und", "et", "y", "e", "i", "og", "en",
            "van", "von", "der", "den", "de", "du", "da", "di", "del", "la", "le", "bin", "al", "ten", "ter", "zu");
    private static final int MAX_WORDS = 10;
    private static final String SELECTORS =
            "[rel=author], [itemprop=author], .byline, .author-name, .article-author, .author";

    private Byline() {
    }

    static String fromMarkup(Document page) {
        for (Element element : page.select(SELECTORS)) {
            Element name = element.selectFirst("[itemprop=name]");
            String raw = name != null ? firstNonBlank(name.attr("content"), name.text())
                    : firstNonBlank(element.attr("content"), element.text());
            String author = name(raw);
            if (author != null) {
                return author;
            }
        }
        return null;
    }

    /** The name in a line like "By Anna Kowalska and Jan Nowak | 3 March 2026"; null when the line is not a byline. */
    static String fromLine(String line) {
        String trimmed = line.strip();
        if (trimmed.length() > MAX_LENGTH + 20 || trimmed.length() < 4
                || !trimmed.regionMatches(true, 0, "by ", 0, 3)) {
            return null;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '!' || last == '?' ? null : name(trimmed);
    }

    /** Cleans a byline text: drops a leading "By", cuts at separators and dates. */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.replaceAll("\\s+", " ").strip();
        if (text.regionMatches(true, 0, "by ", 0, 3)) {
            text = text.substring(3).strip();
        }
        int cut = text.length();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '|' || c == '•' || c == '·' || c == '—' || c == '–' || c == '\n' || Character.isDigit(c)) {
                cut = k;
                break;
            }
        }
        text = text.substring(0, cut).strip();
        while (!text.isEmpty() && !Character.isLetter(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1).strip();
        }
        boolean plausible = !text.isEmpty() && text.length() <= MAX_LENGTH
                && ArticleBody.wordCount(text) <= MAX_WORDS && looksLikeNames(text);
        return plausible ? text : null;
    }

    /** Every word capitalised, except joining words: "Anna Kowalska and Jan de Vries". */
    private static boolean looksLikeNames(String text) {
        for (String word : text.split("[\\s,]+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !JOINING_WORDS.contains(word)) {
                return false;
            }
        }
        return Character.isUpperCase(text.charAt(0));
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
