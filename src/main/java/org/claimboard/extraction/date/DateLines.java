package org.claimboard.extraction.date;

import java.util.Set;

import org.claimboard.extraction.Tokens;

/**
 * Recognises the lines that give an article its own day, against which "on Friday" and "yesterday" are counted:
 * <ul>
 *   <li>a dateline, a place then the date at the head of a paragraph ("LONDON, 2 March 2025 \u2013",
 *       "MOSCOW, January 8."): wire style reports that day's events, so the date is kept as one;</li>
 *   <li>a date line, the date alone on its line or after its weekday ("Monday, 12 January 2026", "Tuesday
 *       19 August", "Monday 18 August 2025 \u2013 updates as they happen"). Near the top it says when the page
 *       was written, not that anything happened then ({@code PUBLICATION_LINE}), unless clock-timed entries
 *       follow (a live blog's day). Further down, or when text follows a bare date on its line ("12 May 2024
 *       \u2013 the first round opens"), it is a timeline's entry and an event;</li>
 *   <li>a labelled date ("Published: 12 January 2026") or a byline's ("By Kari Dahl \u00b7 9 October 2025"):
 *       the page's day, never an event;</li>
 *   <li>a live blog's entry headed by a weekday and a time ("Friday, 07:30 \u2013"): the next such day.</li>
 * </ul>
 */
final class DateLines {

    enum Kind { NONE, DATELINE, DATE_LINE, PUBLICATION_LINE }

    /** Lines at the top that may carry the page's date: a headline, a standfirst, the date line. */
    private static final int HEAD_LINES = 4;
    private static final Set<String> PUBLICATION_WORDS = Set.of("published", "updated", "posted", "filed");
    private static final Set<String> LABEL_FILLERS = Set.of("first", "last", "on", ":", ",", "|", "-", "\u2013",
            "\u00b7");
    /** Words of a byline before its date ("By Anna Maria de la Cruz and Kari Dahl |"). */
    private static final int BYLINE_WORDS = 12;
    /** Words of a dateline's place ("NEW YORK", "Rio de Janeiro"). */
    private static final int PLACE_WORDS = 4;

    private final RelativeDays relative;

    DateLines(RelativeDays relative) {
        this.relative = relative;
    }

    /** What kind of line the written date stands in. */
    Kind kind(Tokens tokens, DateReader.Written date) {
        int first = date.firstToken();
        int end = date.endToken();
        boolean endsLine = end >= tokens.size() || tokens.startsLine(end);
        if ((publicationLabel(tokens, first) || endsLine && afterByline(tokens, first)) && (endsLine
                || LABEL_FILLERS.contains(tokens.norm(end)) || clockAt(tokens, end))) {
            return Kind.PUBLICATION_LINE;
        }
        int lineStart = first;
        if (relative.weekday(tokens, first - 1) != null) {
            lineStart = first - 1;
        } else if (tokens.is(first - 1, ",") && relative.weekday(tokens, first - 2) != null) {
            lineStart = first - 2;
        } else if (datelinePlace(tokens, first)) {
            return endsDateline(tokens, end) ? Kind.DATELINE : Kind.NONE;
        }
        if (!tokens.startsLine(lineStart) || !(endsLine || isDash(tokens, end))) {
            return Kind.NONE;
        }
        if (clockAt(tokens, nextLine(tokens, end))) {
            return Kind.DATE_LINE;
        }
        boolean pageDay = endsLine || lineStart < first;
        return pageDay && nearTop(tokens, lineStart) ? Kind.PUBLICATION_LINE : Kind.DATE_LINE;
    }

    /** "By Kari Dahl \u00b7 9 October 2025": a byline's date is the page's. */
    private static boolean afterByline(Tokens tokens, int first) {
        if (first < 2 || !LABEL_FILLERS.contains(tokens.norm(first - 1))) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 1 - BYLINE_WORDS; k--) {
            if (tokens.startsLine(k)) {
                return tokens.is(k, "by") && tokens.isCapitalized(k);
            }
        }
        return false;
    }

    /** "Published: 12 January 2026", "Updated on": a label at the line's start says the date is the page's. */
    private static boolean publicationLabel(Tokens tokens, int first) {
        boolean label = false;
        for (int k = first - 1; k >= 0; k--) {
            String norm = tokens.norm(k);
            if (PUBLICATION_WORDS.contains(norm)) {
                label = true;
            } else if (!LABEL_FILLERS.contains(norm)) {
                return false;
            }
            if (tokens.startsLine(k)) {
                return label;
            }
        }
        return false;
    }

    /** Whether token i heads a live-blog entry with a weekday and a time ("Friday, 07:30"). */
    boolean weekdayEntry(Tokens tokens, int i) {
        if (!tokens.startsLine(i) || relative.weekday(tokens, i) == null) {
            return false;
        }
        return clockAt(tokens, tokens.is(i + 1, ",") ? i + 2 : i + 1);
    }

    /** "08:05", "9:20": hours, a colon, minutes. */
    static boolean clockAt(Tokens tokens, int i) {
        if (i < 0 || i + 2 >= tokens.size() || !tokens.is(i + 1, ":")) {
            return false;
        }
        return number(tokens.norm(i), 1, 2, 23) && number(tokens.norm(i + 2), 2, 2, 59);
    }

    /**
     * A place in capitals or capitalised words from the start of the line, then a comma, then the date; the
     * place may name its country too ("KYIV, Ukraine, March 4 (AP) \u2013").
     */
    private static boolean datelinePlace(Tokens tokens, int first) {
        if (!tokens.is(first - 1, ",")) {
            return false;
        }
        for (int k = first - 2; k >= 0 && k >= first - 1 - PLACE_WORDS; k--) {
            boolean inner = tokens.is(k, ",") && k < first - 2;
            if (!inner && (!tokens.isWord(k) || !(tokens.isCapitalized(k) || tokens.norm(k).length() <= 3))) {
                return false;
            }
            if (tokens.startsLine(k)) {
                return tokens.isCapitalized(k);
            }
        }
        return false;
    }

    private static boolean endsDateline(Tokens tokens, int end) {
        return isDash(tokens, end) || tokens.is(end, ".") || tokens.is(end, ":") || tokens.is(end, "(");
    }

    private static boolean isDash(Tokens tokens, int k) {
        return DayNumbers.isDash(tokens, k) || tokens.is(k, "|");
    }

    private static int nextLine(Tokens tokens, int from) {
        int k = from;
        while (k < tokens.size() && !tokens.startsLine(k)) {
            k++;
        }
        return k;
    }

    private static boolean nearTop(Tokens tokens, int lineStart) {
        int lines = 0;
        for (int k = 0; k <= lineStart; k++) {
            if (tokens.startsLine(k) && ++lines > HEAD_LINES) {
                return false;
            }
        }
        return true;
    }

    private static boolean number(String s, int minDigits, int maxDigits, int max) {
        if (s.length() < minDigits || s.length() > maxDigits) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return Integer.parseInt(s) <= max;
    }
}
