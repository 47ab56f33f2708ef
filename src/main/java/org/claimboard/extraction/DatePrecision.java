package org.claimboard.extraction;

/** How much of a date the text settles. */
public enum DatePrecision {
    /** Year, month and day. */
    DAY,
    /** Month and day; the year is unknown. */
    MONTH_DAY,
    /** Year and month. */
    MONTH,
    /** Year only. */
    YEAR
}
