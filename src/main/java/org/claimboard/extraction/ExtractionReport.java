package org.claimboard.extraction;

import java.util.List;

/**
 * The public JSON shape of one article's extraction: the gold format's keys plus title, published,
 * claims and pledges. Used by the {@code extract} command and the API.
 */
public record ExtractionReport(String file, String title, String publisher, String author, String published,
                               List<String> countries, List<String> outlets, List<String> people,
                               List<DateItem> dates, List<ClaimItem> claims, List<PledgeItem> pledges) {

    public record DateItem(String date, String precision, String yearSource, String text, int start, int end) {
    }

    public record ClaimItem(String text, int start, int end, String outlet, String speaker, List<String> countries,
                            String date) {
    }

    /**
     * A pledge with its evidence: {@code stanceSpan} the stance phrase, {@code actorSpan} the words naming the
     * actor, each null when unknown (an editor's pledge, a row stored before evidence was kept).
     */
    public record PledgeItem(String actor, String status, Integer troops, Integer troopsMax, String qualifier,
                             String kind, String text, int start, int end, String outlet, SpanItem stanceSpan,
                             SpanItem actorSpan) {
    }

    /** Offsets [start, end) into the article's text, with the words they cover. */
    public record SpanItem(int start, int end, String text) {

        /** Null when the span is unknown or falls outside the text. */
        public static SpanItem of(String text, Integer start, Integer end) {
            if (start == null || end == null || start < 0 || end < start || end > text.length()) {
                return null;
            }
            return new SpanItem(start, end, text.substring(start, end));
        }

        static SpanItem of(String text, TextSpan span) {
            return span == null ? null : of(text, span.start(), span.end());
        }
    }

    public static ExtractionReport of(String file, Extraction e) {
        return new ExtractionReport(file, e.title(), e.publisher(), e.author(),
                e.published() == null ? null : e.published().toString(),
                List.copyOf(e.countryCodes()), List.copyOf(e.outletNames()), List.copyOf(e.personNames()),
                e.dates().stream().map(d -> date(e.text(), d)).toList(),
                e.claims().stream().map(ExtractionReport::claim).toList(),
                e.pledges().stream().map(p -> pledge(e.text(), p)).toList());
    }

    private static DateItem date(String text, DateMention d) {
        return new DateItem(d.date().iso(), d.precision().name(), d.yearSource().name(),
                text.substring(d.start(), d.end()), d.start(), d.end());
    }

    private static ClaimItem claim(ReportedClaim c) {
        return new ClaimItem(c.text(), c.start(), c.end(), c.outlet(), c.speaker(), c.countries(),
                c.date() == null ? null : c.date().date().iso());
    }

    private static PledgeItem pledge(String text, Pledge p) {
        return new PledgeItem(p.actor(), p.stance().name(), p.troops(), p.troopsMax(),
                p.qualifier() == null ? null : p.qualifier().name(), p.kind() == null ? null : p.kind().name(),
                p.text(), p.start(), p.end(), p.outlet(), SpanItem.of(text, p.stanceSpan()),
                SpanItem.of(text, p.actorSpan()));
    }
}
