package org.claimboard.extraction;

import java.time.LocalDate;

/**
 * A calendar date that may lack its year (or its day): "10 April, year unknown" is not "10 April 2026".
 * Month is 1-12; day and year may be null.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

    public PartialDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public DatePrecision precision() {
        if (day != null) {
            return year != null ? DatePrecision.DAY : DatePrecision.MONTH_DAY;
        }
        return month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The full date, or null when year, month or day is missing. */
    public LocalDate toLocalDate() {
        return precision() == DatePrecision.DAY ? LocalDate.of(year, month, day) : null;
    }

    /** ISO form, "--MM-DD" when the year is unknown (the gold format). */
    public String iso() {
        return switch (precision()) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH_DAY -> String.format("--%02d-%02d", month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR -> String.format("%04d", year);
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
