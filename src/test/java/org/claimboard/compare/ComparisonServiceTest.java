package org.claimboard.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.Stance;
import org.claimboard.pledge.PledgeView;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Test;

class ComparisonServiceTest {

    static final List<Comparison.Column> COLUMNS = List.of(
            new Comparison.Column("the-times", "The Times", "/outlets/the-times"),
            new Comparison.Column("financial-times", "Financial Times", "/outlets/financial-times"));

    static Comparison matrix(PledgeView... reports) {
        return ComparisonService.matrix(COLUMNS, List.of(reports), PledgeView::outletSlug);
    }

    @Test
    void oneRowPerActorCoalitionFirstOneCellPerColumn() {
        Comparison c = matrix(Fixtures.view("PL", Stance.DECLINED, null, "The Times", 1),
                Fixtures.view("GB", Stance.OFFERED, 10_000, "Financial Times", 2),
                Fixtures.view("COALITION", Stance.PROPOSED, 64_000, "The Times", 3));
        assertThat(c.rows()).extracting(Comparison.Row::actor).containsExactly("COALITION", "PL", "GB");
        Comparison.Row gb = c.rows().get(2);
        assertThat(gb.name()).isEqualTo("United Kingdom");
        assertThat(gb.cells()).hasSize(2);
        assertThat(gb.cells().get(0).empty()).isTrue();
        assertThat(gb.cells().get(1).latest().troops()).isEqualTo(10_000);
        assertThat(gb.disagree()).as("one source alone cannot disagree").isFalse();
    }

    @Test
    void differentStancesOrNumbersDisagreeTheSameDoNot() {
        assertThat(matrix(Fixtures.view("GB", Stance.OFFERED, null, "The Times", 1),
                Fixtures.view("GB", Stance.REVERSED, null, "Financial Times", 2)).rows().get(0).disagree()).isTrue();
        assertThat(matrix(Fixtures.view("GB", Stance.OFFERED, 10_000, "The Times", 1),
                Fixtures.view("GB", Stance.OFFERED, 5_000, "Financial Times", 2)).rows().get(0).disagree()).isTrue();
        assertThat(matrix(Fixtures.view("GB", Stance.OFFERED, 10_000, "The Times", 1),
                Fixtures.view("GB", Stance.OFFERED, null, "Financial Times", 2)).rows().get(0).disagree()).isFalse();
    }

    @Test
    void aCellShowsTheNewestFewAndCountsTheRest() {
        PledgeView[] reports = new PledgeView[5];
        for (int i = 0; i < 5; i++) {
            reports[i] = Fixtures.view("GB", Stance.OFFERED, 1000 * (i + 1), "The Times", i + 1);
        }
        Comparison.Cell cell = matrix(reports).rows().get(0).cells().get(0);
        assertThat(cell.reports()).hasSize(ComparisonService.PER_CELL);
        assertThat(cell.latest().troops()).isEqualTo(1000);
        assertThat(cell.more()).isEqualTo(5 - ComparisonService.PER_CELL);
    }
}
