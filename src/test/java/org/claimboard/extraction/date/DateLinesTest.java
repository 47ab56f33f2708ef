package org.claimboard.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The article's own day from its dateline or date line, when no publication date is given. */
class DateLinesTest {

    private final DateFinder finder = new DateFinder();

    private List<String> isoDates(String text, LocalDate published) {
        return finder.find(Tokenizer.tokenize(text), published).stream().map(d -> d.date().iso()).toList();
    }

    @Test
    void aDatelineIsTheDayRelativeDaysCountFrom() {
        String text = "Envoys agree on a truce plan\n\nKYIV, 4 March 2025 \u2013 Officials said on Tuesday that "
                + "the plan, drafted yesterday, would be signed on 20 February next year. Talks began on 28 February.";
        assertThat(isoDates(text, null)).containsExactly("2025-03-04", "2025-03-04", "2025-03-03", "2026-02-20",
                "2025-02-28");
    }

    @Test
    void aDatelinesPlaceMayNameItsCountry() {
        assertThat(isoDates("KYIV, Ukraine, March 4, 2025 (AP) \u2013 Drones struck the port overnight on Monday.",
                null)).containsExactly("2025-03-04", "2025-03-03");
    }

    @Test
    void aDatelineWithoutItsYearDatesNoWeekday() {
        assertThat(isoDates("MINSK, June 3. Officials said on Monday that the border stays shut.", null))
                .containsExactly("--06-03");
    }

    @Test
    void aGivenPublicationDateOutranksTheDateline() {
        String text = "ROME, 3 June \u2013 The envoy said yesterday that the talks would resume.";
        assertThat(isoDates(text, LocalDate.of(2025, 6, 4))).containsExactly("2025-06-03", "2025-06-03");
    }

    @Test
    void aDateLineAtTheTopSaysWhenThePageWasWrittenNotThatAnythingHappened() {
        String text = "Finland weighs a role in the mission\nWednesday, 5 March 2025\n\n"
                + "The minister said on Monday that the plan stood, and last Friday's vote changed nothing.";
        assertThat(isoDates(text, null)).containsExactly("2025-03-03", "2025-02-28");
    }

    @Test
    void aLiveBlogsDaysAreEventDaysAndMoveOn() {
        String text = "LIVE: talks in Geneva\nFriday 7 November 2025 \u2013 all times CET\n\n"
                + "10:15 \u2013 Delegates arrive today.\n\n"
                + "Saturday, 09:00 \u2013 Talks resumed overnight.\n\n"
                + "Sunday 9 November\n\n08:00 \u2013 The final session opens today.";
        assertThat(isoDates(text, null)).containsExactly("2025-11-07", "2025-11-07", "2025-11-08", "2025-11-09",
                "2025-11-09");
    }

    @Test
    void aDatedEntryFurtherDownATimelineIsAnEvent() {
        String text = "How the talks went\n\nA short history.\n\nThe first steps.\n\nThe envoys.\n\n"
                + "12 May 2024 \u2013 The first round opens in Vienna.";
        assertThat(isoDates(text, null)).containsExactly("2024-05-12");
    }

    @Test
    void aLabelledPublicationDateIsThePagesDayNotAnEvent() {
        String text = "Oslo holds back\n\nBy Kari Dahl\nPublished: 9 October 2025\n\n"
                + "Norway said on Tuesday that it would wait.";
        assertThat(isoDates(text, null)).containsExactly("2025-10-07");
    }

    @Test
    void aTimelinesFirstEntryAtTheTopIsAnEvent() {
        String text = "Timeline of the talks\n12 May 2024 \u2013 The first round opens in Vienna.\n"
                + "3 June \u2013 The second round ends without a deal.";
        assertThat(isoDates(text, null)).containsExactly("2024-05-12", "2024-06-03");
    }

    @Test
    void aBylinesDateIsThePagesDay() {
        String text = "Oslo holds back\nBy Kari Dahl \u00b7 9 October 2025\n\n"
                + "Norway said on Tuesday that it would wait.";
        assertThat(isoDates(text, null)).containsExactly("2025-10-07");
    }
}
