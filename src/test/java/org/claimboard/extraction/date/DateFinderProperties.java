package org.claimboard.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.claimboard.extraction.text.Tokenizer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;

class DateFinderProperties {

    private final DateFinder finder = new DateFinder();

    @Property
    void anyWrittenFullDateReadsBackWithItsYear(@ForAll @DateRange(min = "1950-01-01", max = "2090-12-31")
                                                LocalDate date) {
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String american = "They met on " + month + " " + date.getDayOfMonth() + ", " + date.getYear() + ".";
        String british = "They met on " + date.getDayOfMonth() + " " + month + " " + date.getYear() + ".";
        for (String text : new String[] {american, british, "Filed " + date + " in print."}) {
            assertThat(finder.find(Tokenizer.tokenize(text), null))
                    .singleElement().satisfies(d -> assertThat(d.date().toLocalDate()).isEqualTo(date));
        }
    }

    @Property
    void aMonthDayWithAPublicationDateIsNeverAfterIt(@ForAll @DateRange(min = "2000-01-01", max = "2090-12-31")
                                                     LocalDate published,
                                                     @ForAll @DateRange(min = "2001-01-01", max = "2001-12-31")
                                                     LocalDate monthDay) {
        String month = monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text = "It happened on " + month + " " + monthDay.getDayOfMonth() + ".";
        assertThat(finder.find(Tokenizer.tokenize(text), published)).singleElement().satisfies(d -> {
            assertThat(d.date().toLocalDate()).isBeforeOrEqualTo(published);
            assertThat(d.date().toLocalDate()).isAfter(published.minusYears(1));
        });
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text) {
        assertThat(finder.find(Tokenizer.tokenize(text), LocalDate.of(2025, 1, 1))).isNotNull();
    }
}
