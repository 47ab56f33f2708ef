package org.claimboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.claimboard.extraction.YearSource;
import org.junit.jupiter.api.Test;

class DateLabelTest {

    @Test
    void showsADateOnlyAsPreciselyAsTheTextGaveIt() {
        assertThat(DateLabel.of(2025, 4, 10, YearSource.STATED).text()).isEqualTo("10 April 2025");
        assertThat(DateLabel.of(null, 4, 10, YearSource.UNKNOWN).text()).isEqualTo("10 April, year unknown");
        assertThat(DateLabel.of(2025, 3, null, YearSource.STATED).text()).isEqualTo("March 2025");
        assertThat(DateLabel.of(2024, null, null, YearSource.STATED).text()).isEqualTo("2024");
        assertThat(DateLabel.of(null, null, null, null)).isNull();
    }

    @Test
    void isoFormKeepsAnUnknownYearUnknown() {
        assertThat(DateLabel.of(null, 4, 10, YearSource.UNKNOWN).iso()).isEqualTo("--04-10");
        assertThat(DateLabel.of(LocalDate.of(2026, 1, 6)).iso()).isEqualTo("2026-01-06");
        assertThat(DateLabel.of(2025, 3, null, null).iso()).isEqualTo("2025-03");
    }

    @Test
    void anInferredYearIsMarkedAsSuch() {
        assertThat(DateLabel.of(2025, 1, 20, YearSource.CONTEXT).yearInferred()).isTrue();
        assertThat(DateLabel.of(2025, 1, 20, YearSource.PUBLICATION).yearNote()).contains("publication");
        assertThat(DateLabel.of(2025, 1, 20, YearSource.STATED).yearInferred()).isFalse();
        assertThat(DateLabel.of(null, 1, 20, YearSource.UNKNOWN).yearNote()).isNull();
    }
}
