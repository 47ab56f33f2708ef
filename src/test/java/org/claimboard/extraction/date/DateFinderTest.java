package org.claimboard.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.YearSource;
import org.claimboard.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    private List<DateMention> dates(String text, LocalDate published) {
        return finder.find(Tokenizer.tokenize(text), published);
    }

    private List<String> isoDates(String text) {
        return dates(text, null).stream().map(d -> d.date().iso()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "officials met on April 10 in Brussels|--04-10",
            "On November 11, 2024, he visited France|2024-11-11",
            "the talks of 6 January 2026 ended|2026-01-06",
            "since Jan. 6 the talks stalled|--01-06",
            "on March 2nd the summit opened|--03-02",
            "the 10th of April was quiet|--04-10",
            "published 2024-11-11 in print|2024-11-11",
            "posted at 2024-11-11T09:30 by the ministry|2024-11-11",
            "the decree of 11.03.2025 was annulled|2025-03-11",
            "the decree of 1.3.2025 was annulled|2025-03-01",
            "As early as November 2024, Britain proposed|2024-11",
            "Tuesday, April 10, 2024: the talks|2024-04-10"})
    void readsWrittenDates(String text, String iso) {
        assertThat(isoDates(text)).containsExactly(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the summit of April 10-11 in Paris|--04-10 --04-11",
            "talks ran on 3\u20134 June in Oslo|--06-03 --06-04",
            "envoys sat from 8 to 9 October 2023|2023-10-08 2023-10-09",
            "votes were held on 2 and 5 December|--12-02 --12-05",
            "ministers met on 21 september in Vienna|--09-21",
            "the treaty of 14th of february 2022 lapsed|2022-02-14",
            "On april 3, 2024, the envoy resigned|2024-04-03",
            "by April 10 and 11 other states joined|--04-10"})
    void readsRangesAndLowerCaseMonths(String text, String isos) {
        assertThat(isoDates(text)).containsExactly(isos.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Since 1992, Europe has tried", "the 2024 US election", "In April, Shoigu warned",
            "you may 10 times", "the march 10 miles", "February 30 never comes", "10,000 troops in May", "",
            "they may 3 times refuse", "an august body of 12 judges", "in april they left",
            "the 30-31 February talks", "a ratio of 11.03.20 per cent", "version 1.13.2025 shipped",
            "code 2024-11-11X7 failed"})
    void ignoresWhatIsNotADayOfAMonth(String text) {
        assertThat(isoDates(text)).isEmpty();
    }

    @Test
    void aStatedYearIsStated() {
        assertThat(dates("On November 11, 2024, talks began.", null))
                .singleElement().extracting(DateMention::yearSource).isEqualTo(YearSource.STATED);
    }

    @Test
    void thisYearAfterAnEarlierDatedEventMovesToTheNextYear() {
        String text = "On November 11, 2024, Starmer visited France. Trump took office on January 20 this year. "
                + "On February 16, Starmer spoke. On March 6 the summit met. On February 16 again, nothing.";
        assertThat(isoDates(text)).containsExactly("2024-11-11", "2025-01-20", "2025-02-16", "2025-03-06",
                "2025-02-16");
        assertThat(dates(text, null).get(1).yearSource()).isEqualTo(YearSource.CONTEXT);
    }

    @Test
    void aBareDateEarlierInTheYearThanTheLastDatedEventStaysUnknown() {
        assertThat(isoDates("On November 11, 2024, they met. On April 10 they met again."))
                .containsExactly("2024-11-11", "--04-10");
    }

    @Test
    void theOneYearWrittenInTheTextCoversLaterMonthDays() {
        assertThat(isoDates("The mission began on 4 May 2023. It widened on 9 September, a second unit came on "
                + "12 June and a third on 2 February."))
                .containsExactly("2023-05-04", "2023-09-09", "2023-06-12", "--02-02");
    }

    @Test
    void twoWrittenYearsLeaveAnUnanchoredMonthDayUnknown() {
        assertThat(isoDates("The mission began on 4 May 2023. It widened on 9 September 2024. A unit came on 12 June."))
                .containsExactly("2023-05-04", "2024-09-09", "--06-12");
    }

    @Test
    void aWrittenWeekdayPicksTheOneNamedYearItFits() {
        assertThat(isoDates("Aid fell in 2024 and talks began in 2025. On Monday, 6 January, envoys met."))
                .containsExactly("2025-01-06");
        assertThat(isoDates("The war began in 2014; by 2025 talks had begun. On Monday 6 January envoys met."))
                .containsExactly("--01-06");
        assertThat(isoDates("On Monday, 6 January, envoys met.")).containsExactly("--01-06");
    }

    @Test
    void withoutAnyYearInTheTextTheYearStaysUnknown() {
        List<DateMention> found = dates("Officials met on April 10. The Telegraph reported on April 25.", null);
        assertThat(found).extracting(d -> d.date().iso()).containsExactly("--04-10", "--04-25");
        assertThat(found).extracting(DateMention::yearSource).containsOnly(YearSource.UNKNOWN);
    }

    @Test
    void thePublicationDateGivesTheMostRecentYear() {
        LocalDate published = LocalDate.of(2025, 3, 1);
        assertThat(dates("They met on April 10 and on February 2.", published))
                .extracting(d -> d.date().iso()).containsExactly("2024-04-10", "2025-02-02");
        assertThat(dates("They met on April 10 and on February 2.", published))
                .extracting(DateMention::yearSource).containsOnly(YearSource.PUBLICATION);
    }

    @Test
    void relativeDaysNeedAPublicationDate() {
        String text = "The New York Times reported yesterday that on Tuesday the ministers met.";
        assertThat(dates(text, null)).isEmpty();
        LocalDate thursday = LocalDate.of(2025, 3, 13);
        assertThat(dates(text, thursday)).extracting(d -> d.date().iso())
                .containsExactly("2025-03-12", "2025-03-11");
        assertThat(dates("Last Thursday they met.", thursday)).extracting(d -> d.date().iso())
                .containsExactly("2025-03-06");
    }

    @Test
    void aYearWrittenLaterDatesTheSameDayEarlier() {
        assertThat(isoDates("PARIS, 6 January - talks began. Peskov spoke on 6 January 2026."))
                .containsExactly("2026-01-06", "2026-01-06");
    }

    @Test
    void aDayWeeksBeforeTheLastDatedDayIsItsRecentPast() {
        assertThat(isoDates("Peskov spoke on 6 January 2026. El Pais had reported on Jan. 5 and on December 28."))
                .containsExactly("2026-01-06", "2026-01-05", "2025-12-28");
    }

    @Test
    void aWeekdayInAnOutletsNameIsNoDate() {
        String text = "It was reported by Sunday Times, while ministers met on Tuesday.";
        Document doc = new Document(new ArticleInput(text, null, null, null, LocalDate.of(2025, 3, 20), null));
        doc.setTokens(Tokenizer.tokenize(text));
        int at = text.indexOf("Sunday Times");
        doc.setOutlets(List.of(new OutletMention("The Sunday Times", at, at + "Sunday Times".length())));
        finder.apply(doc);
        assertThat(doc.dates()).singleElement()
                .satisfies(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo("Tuesday"));
    }

    @Test
    void offsetsCoverTheDateText() {
        String text = "On November 11, 2024, he came.";
        DateMention date = dates(text, null).get(0);
        assertThat(text.substring(date.start(), date.end())).isEqualTo("November 11, 2024");
    }
}
