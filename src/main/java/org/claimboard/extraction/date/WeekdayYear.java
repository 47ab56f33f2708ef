package org.claimboard.extraction.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.claimboard.extraction.Tokens;

/**
 * The year of a month-day written with its weekday ("on Tuesday, 6 January"), when nothing else settles it: of the
 * years the text names, the one year in which that day falls on that weekday. A weekday repeats on a month-day
 * only every five to eleven years, so two years named in one article rarely both fit. One instance per article.
 */
final class WeekdayYear {

    private final Tokens tokens;
    private List<Integer> named;

    WeekdayYear(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The one named year that gives the month-day its weekday, or null (no weekday, none or several fit). */
    Integer of(DayOfWeek weekday, int month, int day) {
        if (weekday == null) {
            return null;
        }
        Integer fit = null;
        for (int year : named()) {
            if (DayNumbers.fits(month, day) && (month != 2 || day != 29 || java.time.Year.isLeap(year))
                    && LocalDate.of(year, month, day).getDayOfWeek() == weekday) {
                if (fit != null) {
                    return null;
                }
                fit = year;
            }
        }
        return fit;
    }

    private List<Integer> named() {
        if (named == null) {
            TreeSet<Integer> years = new TreeSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                Integer year = DayNumbers.year(tokens, i);
                if (year != null) {
                    years.add(year);
                }
            }
            named = new ArrayList<>(years);
        }
        return named;
    }
}
