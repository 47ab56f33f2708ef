package org.claimboard.extraction;

/** A date in the text ("April 10", "6 January 2026"), resolved as far as the text allows. */
public record DateMention(PartialDate date, YearSource yearSource, int start, int end) {

    public DatePrecision precision() {
        return date.precision();
    }
}
