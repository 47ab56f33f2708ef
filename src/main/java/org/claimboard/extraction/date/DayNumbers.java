package org.claimboard.extraction.date;

import org.claimboard.extraction.Tokens;

/** The numbers a written date is made of: days ("10th", "15-16"), years, month lengths. */
final class DayNumbers {

    private DayNumbers() {
    }

    /** The second day of "10-11" written as one token, or null. */
    static Integer lastDayInToken(Tokens tokens, int i) {
        String norm = tokens.norm(i);
        int dash = norm.indexOf('-');
        if (dash <= 0 || dash > 4 || dash == norm.length() - 1) {
            return null;
        }
        return dayOf(norm.substring(dash + 1));
    }

    static boolean isDash(Tokens tokens, int k) {
        return tokens.is(k, "-") || tokens.is(k, "\u2013") || tokens.is(k, "\u2014");
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
        return dayOf(norm);
    }

    private static Integer dayOf(String norm) {
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

    static Integer digits(String s) {
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
