package org.claimboard.extraction.date;

import java.util.HashMap;
import java.util.Map;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.Tokens;

/**
 * Reads the written form of one calendar date at a token, before any year is inferred:
 * "April 10", "Jan. 6", "March 2nd", "November 11, 2024", "6 January 2026", "10th of April", "2024-11-11",
 * "November 2024", and ranges within one month ("15\u201316 April", "April 10-11", "3 and 5 March").
 * Immutable after construction.
 */
final class DateReader {

    /**
     * A date as written: year null when not written; day null for "November 2024"; lastDay the end of a range
     * ("15\u201316 April" has day 15 and lastDay 16), else null.
     */
    record Written(Integer year, int month, Integer day, Integer lastDay, int firstToken, int endToken) {

        Written(Integer year, int month, Integer day, int firstToken, int endToken) {
            this(year, month, day, null, firstToken, endToken);
        }

        /** The range's last day, when it is a later day of the same month. */
        Written withLastDay(Integer last) {
            return last == null || day == null || last <= day || !DayNumbers.fits(month, last) ? this
                    : new Written(year, month, day, last, firstToken, endToken);
        }
    }

    private final Map<String, Integer> months = new HashMap<>();
    /** Month names that are months in lower case too, next to a day ("6 january"): not "may" or "march". */
    private final Map<String, Integer> lowerCaseMonths = new HashMap<>();

    DateReader() {
        for (String[] row : Lexicon.rows("months.tsv")) {
            months.put(Tokens.normalize(row[0]), Integer.parseInt(row[1]));
            if (row.length > 2 && row[2].equals("any-case")) {
                lowerCaseMonths.put(Tokens.normalize(row[0]), Integer.parseInt(row[1]));
            }
        }
    }

    /** The date written from token i, or null. */
    Written at(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return null;
        }
        if (Character.isDigit(tokens.firstChar(i))) {
            Written iso = iso(tokens, i);
            return iso != null ? iso : dayFirst(tokens, i);
        }
        return monthFirst(tokens, i);
    }

    /** A month name written with its capital. */
    Integer month(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isCapitalized(i)) {
            return null;
        }
        return months.get(tokens.norm(i));
    }

    /** A month name next to a day number, where lower case ("6 january") is read too when unambiguous. */
    private Integer monthByDay(Tokens tokens, int i) {
        Integer month = month(tokens, i);
        return month != null || i < 0 || i >= tokens.size() ? month : lowerCaseMonths.get(tokens.norm(i));
    }

    private Written monthFirst(Tokens tokens, int i) {
        Integer month = monthByDay(tokens, i);
        if (month == null) {
            return null;
        }
        int k = i + 1;
        if (tokens.norm(i).length() <= 4 && tokens.is(k, ".")) {
            k++;
        }
        Integer day = DayNumbers.day(tokens, k);
        if (day != null && !tokens.is(k + 1, "%")) {
            Integer last = DayNumbers.lastDayInToken(tokens, k);
            int end = k + 1;
            // "April 10 and 11 ministers" is no range: after the month only a dash joins two days
            if (last == null && DayNumbers.isDash(tokens, end) && DayNumbers.day(tokens, end + 1) != null
                    && !tokens.is(end + 2, "%") && monthByDay(tokens, end + 2) == null) {
                last = DayNumbers.day(tokens, end + 1);
                end += 2;
            }
            Written written = withYear(tokens, month, day, i, end);
            return written == null ? null : written.withLastDay(last);
        }
        if (month(tokens, i) == null) {
            return null;
        }
        int y = tokens.is(k, ",") ? k + 1 : k;
        Integer year = DayNumbers.year(tokens, y);
        if (year != null) {
            return new Written(year, month, null, i, y + 1);
        }
        return null;
    }

    private Written dayFirst(Tokens tokens, int i) {
        Integer day = DayNumbers.day(tokens, i);
        if (day == null) {
            return null;
        }
        Integer last = DayNumbers.lastDayInToken(tokens, i);
        int k = i + 1;
        if (last == null && isRangeLink(tokens, k) && DayNumbers.day(tokens, k + 1) != null) {
            last = DayNumbers.day(tokens, k + 1);
            k += 2;
        }
        k = tokens.is(k, "of") ? k + 1 : k;
        Integer month = monthByDay(tokens, k);
        if (month == null) {
            return null;
        }
        int end = k + 1;
        if (tokens.norm(k).length() <= 4 && tokens.is(end, ".")) {
            end++;
        }
        Written written = withYear(tokens, month, day, i, end);
        return written == null ? null : written.withLastDay(last);
    }

    /** "15\u201316", "3 to 4", "3 and 5": the words that join the two days of a range or a pair. */
    private static boolean isRangeLink(Tokens tokens, int k) {
        return DayNumbers.isDash(tokens, k) || tokens.is(k, "to") || tokens.is(k, "and");
    }


    private Written withYear(Tokens tokens, int month, int day, int first, int end) {
        if (!DayNumbers.fits(month, day)) {
            return null;
        }
        int y = tokens.is(end, ",") ? end + 1 : end;
        Integer year = DayNumbers.year(tokens, y);
        if (year != null && (year % 4 == 0 || month != 2 || day != 29)) {
            return new Written(year, month, day, first, y + 1);
        }
        return new Written(null, month, day, first, end);
    }

    /**
     * A numeric date as one token: "2024-11-11", also with its time ("2024-11-11T09:30"), and the European
     * "11.03.2025" (day first: with dots the day-month order is not in doubt, unlike "03/11/2025").
     */
    private static Written iso(Tokens tokens, int i) {
        String norm = tokens.norm(i);
        boolean withTime = norm.length() > 11 && norm.charAt(10) == 't' && Character.isDigit(norm.charAt(11));
        if ((norm.length() == 10 || withTime) && norm.charAt(4) == '-' && norm.charAt(7) == '-') {
            return numeric(norm.substring(0, 4), norm.substring(5, 7), norm.substring(8, 10), i);
        }
        int dot = norm.indexOf('.');
        int second = dot < 0 ? -1 : norm.indexOf('.', dot + 1);
        if (dot < 1 || dot > 2 || second - dot < 2 || second - dot > 3 || norm.length() - second != 5) {
            return null;
        }
        return numeric(norm.substring(second + 1), norm.substring(dot + 1, second), norm.substring(0, dot), i);
    }

    private static Written numeric(String yearDigits, String monthDigits, String dayDigits, int i) {
        Integer year = DayNumbers.digits(yearDigits);
        Integer month = DayNumbers.digits(monthDigits);
        Integer day = DayNumbers.digits(dayDigits);
        if (year == null || month == null || day == null || month < 1 || month > 12 || !DayNumbers.fits(month, day)
                || year < 1900 || year > 2100 || month == 2 && day == 29 && year % 4 != 0) {
            return null;
        }
        return new Written(year, month, day, i, i + 1);
    }
}
