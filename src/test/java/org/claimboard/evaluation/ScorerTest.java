package org.claimboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.YearSource;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Gold.Article GOLD = new Gold.Article("a.txt", null, null,
            List.of("GB", "FR", "PL"), List.of("The Times", "Financial Times"), List.of(),
            List.of(new Gold.Pledge("GB", List.of("OFFERED"), 10000, "TROOPS", false),
                    new Gold.Pledge("PL", List.of("DECLINED"), null, "TROOPS", false),
                    new Gold.Pledge("FR", List.of("REVERSED", "CONSIDERING"), null, null, true)),
            List.of(new Gold.Attribution("The Times", "64,000")),
            List.of(new Gold.Date("--04-10", false), new Gold.Date("2024-11-11", true)));

    @Test
    void setsCompareCodesAndOutletNamesIgnoringCaseAndLeadingThe() {
        Evaluation evaluation = score(extraction(
                List.of(country("GB"), country("FR"), country("DE")),
                List.of(new OutletMention("the times", 0, 1), new OutletMention("FINANCIAL TIMES", 0, 1)),
                List.of(), List.of(), List.of()));

        Metric countries = evaluation.metric(Evaluation.COUNTRIES);
        assertThat(countries.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(countries.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(evaluation.metric(Evaluation.OUTLETS).f1()).isEqualTo(1.0);
        assertThat(evaluation.misses()).contains("miss  countries  a.txt  extra DE", "miss  countries  a.txt  missing PL");
    }

    @Test
    void optionalPledgesAreNeitherRequiredNorErrorsAndNumbersMustMatch() {
        Evaluation evaluation = score(extraction(List.of(), List.of(), List.of(),
                List.of(pledge("GB", Stance.OFFERED, 7000), pledge("FR", Stance.CONSIDERING, null),
                        pledge("IT", Stance.DECLINED, null)),
                List.of()));

        Metric pledges = evaluation.metric(Evaluation.PLEDGES);
        assertThat(pledges.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(pledges.recall()).isEqualTo(0.5);
        assertThat(evaluation.metric(Evaluation.TROOP_NUMBERS).recall()).isZero();
        assertThat(evaluation.misses()).contains("miss  pledges  a.txt  extra IT DECLINED",
                "miss  pledges  a.txt  missing PL [DECLINED]");
    }

    @Test
    void attributionsNeedTheOutletAndTheQuoteInOneClaim() {
        ReportedClaim wrongOutlet = new ReportedClaim(0, 0, 10, "sent 64,000 soldiers", "Financial Times", null, List.of(), null);
        ReportedClaim right = new ReportedClaim(1, 11, 20, "plan for 64,000 troops", "The Times", null, List.of(), null);

        assertThat(score(extraction(List.of(), List.of(), List.of(), List.of(), List.of(wrongOutlet)))
                .metric(Evaluation.ATTRIBUTIONS).recall()).isZero();
        assertThat(score(extraction(List.of(), List.of(), List.of(), List.of(), List.of(wrongOutlet, right)))
                .metric(Evaluation.ATTRIBUTIONS).recall()).isEqualTo(1.0);
    }

    @Test
    void datesScoreMonthAndDayThenTheYearWhereGoldHasOne() {
        Evaluation evaluation = score(extraction(List.of(), List.of(), List.of(
                        date(null, 4, 10), date(2025, 11, 11), date(null, 5, 1)),
                List.of(), List.of()));

        Metric dates = evaluation.metric(Evaluation.DATES);
        assertThat(dates.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(dates.recall()).isEqualTo(1.0);
        assertThat(evaluation.metric(Evaluation.YEARS).recall()).isZero();
    }

    private static Evaluation score(Extraction extraction) {
        Evaluation evaluation = new Evaluation();
        Scorer.score(GOLD, extraction, evaluation);
        return evaluation;
    }

    private static Extraction extraction(List<CountryMention> countries, List<OutletMention> outlets,
                                         List<DateMention> dates, List<Pledge> pledges, List<ReportedClaim> claims) {
        return new Extraction("", null, null, null, null, null, 0, List.of(), countries, List.of(), outlets,
                dates, List.of(), claims, pledges);
    }

    private static CountryMention country(String code) {
        return new CountryMention(code, CountryMention.Via.NAME, 0, 1);
    }

    private static Pledge pledge(String actor, Stance stance, Integer troops) {
        return new Pledge(actor, stance, troops, null, troops == null ? null : Qualifier.EXACT, ForceKind.TROOPS,
                0, 0, 1, "", null, null, null);
    }

    private static DateMention date(Integer year, int month, int day) {
        return new DateMention(new PartialDate(year, month, day),
                year == null ? YearSource.UNKNOWN : YearSource.STATED, 0, 1);
    }
}
