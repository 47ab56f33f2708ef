package org.claimboard.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutletTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Times|the-times",
        "Financial Times|financial-times",
        "  Le Monde  |le-monde",
        "Süddeutsche Zeitung|suddeutsche-zeitung",
        "ABC News (US)|abc-news-us",
        "RBC-Ukraine|rbc-ukraine",
        "N.Y. Times|n-y-times",
        "---|''"})
    void slugIsLowerCaseAlphanumericRunsJoinedByDashes(String name, String slug) {
        assertThat(Outlet.slugOf(name)).isEqualTo(slug);
    }

    @Test
    void aliasesAreDistinctAndNeverTheCanonicalName() {
        Outlet ft = new Outlet("Financial Times");
        ft.addAlias("FT");
        ft.addAlias("financial times");
        ft.addAlias("FT");
        ft.addAlias("the FT, London");
        assertThat(ft.aliasSet()).containsExactly("FT", "the FT  London");
        assertThat(ft.getSlug()).isEqualTo("financial-times");
    }
}
