package org.claimboard.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.extraction.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Relative days and the tense of their clause, counted from a Wednesday, 12 March 2025. */
class RelativeDaysTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

    private final DateFinder finder = new DateFinder();

    private List<String> isoDates(String text) {
        return finder.find(Tokenizer.tokenize(text), WEDNESDAY).stream().map(d -> d.date().iso()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Envoys gathered in Rome on Friday.|2025-03-07",
            "Envoys will gather in Rome on Friday.|2025-03-14",
            "The vote is due on Monday, officials say.|2025-03-17",
            "The summit will open on Wednesday.|2025-03-12",
            "Kyiv must answer the offer by Friday.|2025-03-14",
            "On Friday, the defence ministers of both countries will sign it.|2025-03-14",
            "On Friday, the defence minister of Latvia, Andris Ozols, signed it.|2025-03-07",
            "Talks on Monday ended early.|2025-03-10",
            "The minister, who will travel to Oslo, said on Monday that talks stalled.|2025-03-10",
            "The talks will be followed on Saturday by a dinner.|2025-03-15",
            "Talks have run since Monday and will go on.|2025-03-10",
            "Next Monday the envoys will fly home.|2025-03-17",
            "Last Thursday the envoys flew home.|2025-03-06"})
    void aWeekdayIsTheLastOneUnlessItsClauseLooksAhead(String text, String iso) {
        assertThat(isoDates(text)).containsExactly(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "After Tuesday's vote, the cabinet resigned.|2025-03-11",
            "At last Monday's briefing nothing was said.|2025-03-10",
            "Sunday's talks ended without a deal.|2025-03-09",
            "The rally ended late Sunday.|2025-03-09",
            "The envoys spoke early Monday and again on Tuesday.|2025-03-10 2025-03-11",
            "Since yesterday's call the mood has changed.|2025-03-11",
            "Last night the envoys dined; this morning they left.|2025-03-11 2025-03-12",
            "The cabinet meets tonight.|2025-03-12"})
    void possessiveAndQualifiedWeekdaysAreDays(String text, String isos) {
        assertThat(isoDates(text)).containsExactly(isos.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Black Friday's sales rose.", "He met Good Friday pilgrims.",
            "Robinson Crusoe met Friday.",
            "On the last night of the summit the envoys sang."})
    void aWeekdayInsideANameIsNoDay(String text) {
        assertThat(isoDates(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The parliament voted on 20 March.|2024-03-20",
            "The parliament is expected to vote on 20 March.|2025-03-20",
            "A new cabinet will be sworn in on 2 February.|2026-02-02",
            "The cabinet has served since 20 March.|2024-03-20",
            "On 2 April, the new cabinet will take office.|2025-04-02"})
    void aMonthDayWithoutItsYearLooksAheadWithItsClause(String text, String iso) {
        assertThat(isoDates(text)).containsExactly(iso);
    }
}
