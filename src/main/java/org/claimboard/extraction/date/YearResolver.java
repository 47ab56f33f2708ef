package org.claimboard.extraction.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.YearSource;

/**
 * Settles the year of the dates of one article, fed in text order. One instance per article (it keeps the
 * narrative's state), so the finder stays thread-safe. The rules, first that applies:
 * <ol>
 *   <li>a year written with the date is the year ({@code STATED});</li>
 *   <li>with the article's own day (its publication date, else its dateline or date line; a live blog's day
 *       heading moves it on),
 *       "this/last/next year" counts from its year, and a bare month-day is the most recent one not after it,
 *       or the next one not before it when its clause looks ahead ({@code PUBLICATION});</li>
 *   <li>without one, the article's narrative decides ({@code CONTEXT}): a month-day dated anywhere in the text
 *       (with its year written, or resolved earlier) is the same day again; "this year" after a dated event is
 *       that event's year, or the next one when the
 *       month-day comes earlier in the calendar (the story has moved on to a new year); a bare month-day up to
 *       a month before the last dated day is that recent past (a report looks back days, not a year ahead); one
 *       on or after the last dated day continues its year (a chronological account); when every date written
 *       with its year has the same year, a month-day not earlier in the calendar than the first of them is that
 *       year too (an explainer that dates its start, "launched on 2 March 2025", and then leaves the year off);</li>
 *   <li>a month-day written with its weekday takes the one year named in the text that fits the weekday
 *       ({@link WeekdayYear});</li>
 *   <li>otherwise the year stays unknown: the current year is never guessed.</li>
 * </ol>
 * Only dates to the day anchor the narrative; "November 2024" is kept but moves nothing.
 */
final class YearResolver {

    /** What the words around a month-day say of its year; AHEAD: its clause looks ahead ("will meet on"). */
    enum Cue { NONE, THIS_YEAR, LAST_YEAR, NEXT_YEAR, AHEAD }

    record Resolved(PartialDate date, YearSource source) {
    }

    private static final int RECENT_DAYS = 31;

    private final Map<Integer, Integer> yearOfMonthDay = new HashMap<>();
    /** The one year of all dates written with a year, and the earliest month-day written with it; else null. */
    private final Integer soleYear;
    private final int soleYearFrom;
    private LocalDate articleDay;
    private PartialDate anchor;

    private final WeekdayYear weekdayYear;

    YearResolver(LocalDate published, Map<Integer, Integer> statedYears, WeekdayYear weekdayYear) {
        this.weekdayYear = weekdayYear;
        this.articleDay = published;
        this.yearOfMonthDay.putAll(statedYears);
        boolean one = statedYears.values().stream().distinct().count() == 1;
        this.soleYear = one ? statedYears.values().iterator().next() : null;
        this.soleYearFrom = one ? statedYears.keySet().stream().mapToInt(Integer::intValue).min().getAsInt() : 0;
    }

    /** From here on, days are counted from this one (a dateline, a live blog's new day). */
    void countFrom(LocalDate day) {
        this.articleDay = day;
    }

    Resolved resolve(DateReader.Written written, Cue cue) {
        if (written.day() == null) {
            return written.year() == null ? null
                    : new Resolved(new PartialDate(written.year(), written.month(), null), YearSource.STATED);
        }
        int month = written.month();
        int day = written.day();
        if (written.year() != null) {
            return remember(new PartialDate(written.year(), month, day), YearSource.STATED);
        }
        if (articleDay != null) {
            return remember(new PartialDate(fromPublication(month, day, cue), month, day), YearSource.PUBLICATION);
        }
        Integer known = yearOfMonthDay.get(month * 100 + day);
        if (known != null) {
            return new Resolved(new PartialDate(known, month, day), YearSource.CONTEXT);
        }
        if (anchor != null && (cue == Cue.THIS_YEAR || cue == Cue.NONE || cue == Cue.AHEAD)) {
            boolean earlierInYear = month * 100 + day < anchor.month() * 100 + anchor.day();
            if (cue == Cue.THIS_YEAR) {
                int year = anchor.year() + (earlierInYear ? 1 : 0);
                return remember(new PartialDate(year, month, day), YearSource.CONTEXT);
            }
            Integer recent = recentPast(month, day);
            if (recent != null) {
                return remember(new PartialDate(recent, month, day), YearSource.CONTEXT);
            }
            if (!earlierInYear) {
                return remember(new PartialDate(anchor.year(), month, day), YearSource.CONTEXT);
            }
        }
        if (soleYear != null && month * 100 + day >= soleYearFrom && (cue == Cue.NONE || cue == Cue.AHEAD)) {
            return new Resolved(new PartialDate(soleYear, month, day), YearSource.CONTEXT);
        }
        return new Resolved(new PartialDate(null, month, day), YearSource.UNKNOWN);
    }

    /** A month-day left without its year takes the one named year that gives it its written weekday. */
    Resolved withWeekday(Resolved resolved, DayOfWeek weekday) {
        PartialDate date = resolved == null ? null : resolved.date();
        if (date == null || date.year() != null || date.day() == null) {
            return resolved;
        }
        Integer year = weekdayYear.of(weekday, date.month(), date.day());
        return year == null ? resolved : remember(new PartialDate(year, date.month(), date.day()), YearSource.CONTEXT);
    }

    /** The day relative days are counted from, or null when the article has none. */
    LocalDate articleDay() {
        return articleDay;
    }

    private int fromPublication(int month, int day, Cue cue) {
        int year = articleDay.getYear();
        return switch (cue) {
            case THIS_YEAR -> year;
            case LAST_YEAR -> year - 1;
            case NEXT_YEAR -> year + 1;
            case NONE -> month * 100 + day <= articleDay.getMonthValue() * 100 + articleDay.getDayOfMonth()
                    ? year : year - 1;
            case AHEAD -> month * 100 + day >= articleDay.getMonthValue() * 100 + articleDay.getDayOfMonth()
                    ? year : year + 1;
        };
    }

    /** The year that puts the month-day within a month before the anchor (a news report's recent past), or null. */
    private Integer recentPast(int month, int day) {
        LocalDate anchorDate = anchor.toLocalDate();
        for (int year = anchor.year(); year >= anchor.year() - 1; year--) {
            if (DayNumbers.fits(month, day) && (month != 2 || day != 29 || java.time.Year.isLeap(year))) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (candidate.isBefore(anchorDate) && !candidate.isBefore(anchorDate.minusDays(RECENT_DAYS))) {
                    return year;
                }
            }
        }
        return null;
    }

    private Resolved remember(PartialDate date, YearSource source) {
        if (date.year() % 4 != 0 && date.month() == 2 && date.day() == 29) {
            return new Resolved(new PartialDate(null, date.month(), date.day()), YearSource.UNKNOWN);
        }
        yearOfMonthDay.putIfAbsent(date.month() * 100 + date.day(), date.year());
        anchor = date;
        return new Resolved(date, source);
    }
}
