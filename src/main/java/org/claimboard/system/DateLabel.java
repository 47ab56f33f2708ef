package org.claimboard.system;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.claimboard.extraction.DatePrecision;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.YearSource;

/**
 * A date as precisely as the text gives it, for display: "10 April 2025", "10 April, year unknown",
 * "April 2025", "2025". A year the extractor inferred (from the publication date or the narrative) is marked
 * as such, so no reader mistakes it for a stated one.
 */
public record DateLabel(Integer year, Integer month, Integer day, YearSource yearSource) {

    public static DateLabel of(Integer year, Integer month, Integer day, YearSource yearSource) {
        if (year == null && month == null) {
            return null;
        }
        return new DateLabel(year, month, day, yearSource);
    }

    public static DateLabel of(LocalDate date) {
        return date == null ? null
                : new DateLabel(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), YearSource.STATED);
    }

    /** The human form of the date. */
    public String text() {
        String monthName = month == null ? null : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (year == null) {
            return day == null ? monthName + ", year unknown" : day + " " + monthName + ", year unknown";
        }
        if (monthName == null) {
            return String.valueOf(year);
        }
        return day == null ? monthName + " " + year : day + " " + monthName + " " + year;
    }

    /** Machine form for a {@code <time datetime>}: ISO, "--MM-DD" when the year is unknown. */
    public String iso() {
        if (year == null) {
            return day == null ? String.format("--%02d", month) : String.format("--%02d-%02d", month, day);
        }
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    /** How much of the date is known, as the extraction names it. */
    public DatePrecision precision() {
        return new PartialDate(year, month, day).precision();
    }

    /** Whether the year shown was worked out rather than written next to the date. */
    public boolean yearInferred() {
        return year != null && (yearSource == YearSource.PUBLICATION || yearSource == YearSource.CONTEXT);
    }

    public String yearNote() {
        if (!yearInferred()) {
            return null;
        }
        return yearSource == YearSource.PUBLICATION ? "year taken from the publication date"
                : "year worked out from the article";
    }
}
