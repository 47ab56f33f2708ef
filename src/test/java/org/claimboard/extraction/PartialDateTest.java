package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void printsEachPrecisionInIsoForm() {
        assertThat(new PartialDate(2024, 11, 11).iso()).isEqualTo("2024-11-11");
        assertThat(new PartialDate(null, 4, 10).iso()).isEqualTo("--04-10");
        assertThat(new PartialDate(2025, 3, null).iso()).isEqualTo("2025-03");
        assertThat(new PartialDate(null, 4, 10).precision()).isEqualTo(DatePrecision.MONTH_DAY);
        assertThat(new PartialDate(null, 4, 10).toLocalDate()).isNull();
    }

    @Test
    void refusesImpossibleMonthsAndDays() {
        assertThatThrownBy(() -> new PartialDate(2025, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2025, 1, 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
