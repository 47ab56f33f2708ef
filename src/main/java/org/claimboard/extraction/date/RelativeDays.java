package org.claimboard.extraction.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.Tokens;

/**
 * Days named relative to the article's own day: "yesterday", "today's talks", "(on|last|next|late) Tuesday",
 * "after Wednesday's call", "last night", "this morning", "tonight". A weekday is the most recent one, or the
 * next one when its clause looks ahead ({@link Tense}); "last" and "next" say so themselves. Immutable after
 * construction.
 */
final class RelativeDays {

    /** A relative day read at tokens [firstToken, endToken). */
    record Relative(LocalDate date, int firstToken, int endToken) {
    }

    /** Words after which a capitalised weekday is a day, not part of a name ("Black Friday", "Super Tuesday"). */
    private static final Set<String> BEFORE_WEEKDAY = Set.of("on", "this", "since", "until", "till", "by", "from",
            ",", "late", "early", "and", "or", "to", "before", "after", "through", "last", "next");

    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final DateReader reader;
    private final Tense tense = new Tense();

    RelativeDays(DateReader reader) {
        this.reader = reader;
        for (String[] row : Lexicon.rows("weekdays.tsv")) {
            weekdays.put(Tokens.normalize(row[0]), DayOfWeek.of(Integer.parseInt(row[1])));
        }
    }

    /** The weekday named at token i ("Friday", "Friday's"), or null. */
    DayOfWeek weekday(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.isCapitalized(i) ? weekdays.get(withoutPossessive(tokens, i))
                : null;
    }

    /** The relative day at token i counted from the article's day, or null. */
    Relative at(Tokens tokens, int i, LocalDate day) {
        String norm = withoutPossessive(tokens, i);
        Integer offset = switch (norm) {
            case "yesterday" -> -1;
            case "today" -> 0;
            case "tomorrow" -> 1;
            default -> null;
        };
        int first = i;
        int end = i + 1;
        if (offset == null && partOfDay(tokens, i + 1) && !(i > 0 && tokens.is(i - 1, "the"))) {
            // "last night", "this morning": a time of the day before or of the day itself ("the last night" is not)
            offset = norm.equals("last") ? Integer.valueOf(-1) : norm.equals("this") ? Integer.valueOf(0) : null;
            end = i + 2;
        }
        if (offset == null && norm.equals("tonight")) {
            offset = 0;
        }
        if (offset == null) {
            end = i + 1;
            DayOfWeek weekday = weekday(tokens, i);
            // "Tuesday 19 August" is the weekday of a written date, read with it
            if (weekday == null || reader.month(tokens, nextWord(tokens, i + 1)) != null
                    || DayNumbers.day(tokens, nextWord(tokens, i + 1)) != null) {
                return null;
            }
            String before = i > 0 ? tokens.norm(i - 1) : "";
            if (!BEFORE_WEEKDAY.contains(before) && !(possessive(tokens, i) && !namePart(tokens, i - 1))) {
                return null;
            }
            if (before.equals("last") || before.equals("next") || before.equals("this")) {
                first = i - 1;
            }
            offset = offset(day, weekday, before, tense.looksAhead(tokens, first));
        }
        return new Relative(day.plusDays(offset), first, end);
    }

    private static boolean partOfDay(Tokens tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String norm = withoutPossessive(tokens, k);
        return norm.equals("night") || norm.equals("morning") || norm.equals("afternoon") || norm.equals("evening");
    }

    /** Days from the article's day to the named weekday. */
    static int offset(LocalDate day, DayOfWeek weekday, String before, boolean ahead) {
        int back = (day.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
        return switch (before) {
            case "next" -> 7 - back;
            case "last" -> back == 0 ? -7 : -back;
            case "since" -> -back;
            default -> ahead ? (7 - back) % 7 : -back;
        };
    }

    /** Whether a clause looks ahead of the article's day (for month-days without a year too). */
    boolean looksAhead(Tokens tokens, int date) {
        return tense.looksAhead(tokens, date);
    }

    private static String withoutPossessive(Tokens tokens, int i) {
        String norm = tokens.norm(i);
        return possessive(tokens, i) ? norm.substring(0, norm.length() - 2) : norm;
    }

    private static boolean possessive(Tokens tokens, int i) {
        return tokens.norm(i).endsWith("'s");
    }

    /**
     * A capitalised word before makes the weekday part of a name ("Bloody Sunday's"), even at a sentence's start:
     * "On", "After" or "Last" there are in the list of words before a weekday.
     */
    private static boolean namePart(Tokens tokens, int k) {
        return k >= 0 && tokens.isWord(k) && tokens.isCapitalized(k);
    }

    private static int nextWord(Tokens tokens, int k) {
        return tokens.is(k, ",") ? k + 1 : k;
    }
}
