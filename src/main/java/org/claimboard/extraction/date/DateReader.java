package org.claimboard.extraction.date;

import java.util.HashMap;
import java.util.Map;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.Tokens;

/**
 * Reads the written form of one calendar date at a token, before any year is inferred:
 * "April 10", "Jan. 6", "March 2nd", "November 11, 2024", "6 January 2026", "10th of April", "2024-11-11",
 * "November 2024". Immutable after construction.
 */
final class DateReader {

    /** A date as written: year null when not written; day null for "November 2024". */
    record Written(Integer year, int month, Integer day, int firstToken, int endToken) {
    }

    private final Map<String, Integer> months = new HashMap<>();

    DateReader() {
        for (String[] row : Lexicon.rows("months.tsv")) {
            months.put(Tokens.normalize(row[0]), Integer.parseInt(row[1]));
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

    Integer month(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size() || !tokens.isCapitalized(i)) {
            return null;
        }
        return months.get(tokens.norm(i));
    }

    private Written monthFirst(Tokens tokens, int i) {
        Integer month = month(tokens, i);
        if (month == null) {
            return null;
        }
        int k = i + 1;
        if (tokens.norm(i).length() <= 4 && tokens.is(k, ".")) {
            k++;
        }
        Integer day = day(tokens, k);
        if (day != null && !tokens.is(k + 1, "%")) {
            return withYear(tokens, month, day, i, k + 1);
        }
        int y = tokens.is(k, ",") ? k + 1 : k;
        Integer year = year(tokens, y);
        if (year != null) {
            return new Written(year, month, null, i, y + 1);
        }
        return null;
    }

    private Written dayFirst(Tokens tokens, int i) {
        Integer day = day(tokens, i);
        if (day == null) {
            return null;
        }
        int k = tokens.is(i + 1, "of") ? i + 2 : i + 1;
        Integer month = month(tokens, k);
        if (month == null) {
            return null;
        }
        int end = k + 1;
        if (tokens.norm(k).length() <= 4 && tokens.is(end, ".")) {
            end++;
        }
        return withYear(tokens, month, day, i, end);
    }

    private Written withYear(Tokens tokens, int month, int day, int first, int end) {
        if (!fits(month, day)) {
            return null;
        }
        int y = tokens.is(end, ",") ? end + 1 : end;
        Integer year = year(tokens, y);
        if (year != null && (year % 4 == 0 || month != 2 || day != 29)) {
            return new Written(year, month, day, first, y + 1);
        }
        return new Written(null, month, day, first, end);
    }

    /** "2024-11-11" as one token. */
    private static Written iso(Tokens tokens, int i) {
        String norm = tokens.norm(i);
        if (norm.length() != 10 || norm.charAt(4) != '-' || norm.charAt(7) != '-') {
            return null;
        }
        Integer year = digits(norm.substring(0, 4));
        Integer month = digits(norm.substring(5, 7));
        Integer day = digits(norm.substring(8, 10));
        if (year == null || month == null || day == null || month < 1 || month > 12 || !fits(month, day)
                || year < 1900 || year > 2100 || month == 2 && day == 29 && year % 4 != 0) {
            return null;
        }
        return new Written(year, month, day, i, i + 1);
    }

    /** "10", "10th", "2nd": a day of the month. */
    static Integer day(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        String norm = tokens.norm(i);
        int dash = norm.indexOf('-');
        if (dash > 0 && dash <= 4) {
            norm = norm.substring(0, dash);
        }
        int k = 0;
        while (k < norm.length() && k < 3 && norm.charAt(k) >= '0' && norm.charAt(k) <= '9') {
            k++;
        }
        if (k == 0 || k > 2) {
            return null;
        }
        String rest = norm.substring(k);
        if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")) {
            return null;
        }
        int day = Integer.parseInt(norm.substring(0, k));
        return day >= 1 && day <= 31 ? day : null;
    }

    static Integer year(Tokens tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Integer year = digits(tokens.norm(i));
        return year != null && tokens.norm(i).length() == 4 && year >= 1900 && year <= 2100 ? year : null;
    }

    private static Integer digits(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return null;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    static boolean fits(int month, int day) {
        int[] lengths = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day >= 1 && day <= lengths[month - 1];
    }
}
