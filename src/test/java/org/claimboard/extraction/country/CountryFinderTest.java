package org.claimboard.extraction.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.CountryMention.Via;
import org.claimboard.extraction.text.Tokenizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CountryFinderTest {

    private static final CountryFinder FINDER = new CountryFinder();

    static List<String> codes(String text) {
        return codes(text, null);
    }

    static List<String> codes(String text, LocalDate published) {
        return FINDER.find(text, Tokenizer.tokenize(text), published).stream().map(CountryMention::code).toList();
    }

    @Test
    void findsCountriesByNameAliasAndDemonym() {
        assertThat(codes("Poland, the UK, Britain, the U.S. and Türkiye met Swedish and Polish officials."))
                .containsExactly("PL", "GB", "GB", "US", "TR", "SE", "PL");
        assertThat(codes("The United States and the Russian Federation; Czechia and the Czech Republic."))
                .containsExactly("US", "RU", "CZ", "CZ");
    }

    @Test
    void namesEveryCountryTheJdkKnows() {
        assertThat(codes("Bhutan, Eswatini, Kyrgyzstan and Timor-Leste")).containsExactly("BT", "SZ", "KG", "TL");
    }

    @Test
    void reportsHowTheCountryWasNamedWithOffsets() {
        String text = "Ukraine's allies";
        List<CountryMention> found = FINDER.find(text, Tokenizer.tokenize(text), null);
        assertThat(found).containsExactly(new CountryMention("UA", Via.NAME, 0, 7));
    }

    @Test
    void organisationsAndEuropeAreNoCountries() {
        assertThat(codes("European leaders, the European Union, the European Commission, NATO, the EU and Europe"))
                .isEmpty();
    }

    @Test
    void hyphenatedCompoundsYieldEachCountry() {
        assertThat(codes("the Russian-Ukrainian war and the US-led and French-led efforts"))
                .containsExactly("RU", "UA", "US", "FR");
    }

    @Test
    void commonWordsNeedTheirCapital() {
        assertThat(codes("we ate turkey with us in china")).isEmpty();
        assertThat(codes("Turkey and China")).containsExactly("TR", "CN");
    }

    @Test
    void ambiguousNamesNextToAnotherNameAreNoCountries() {
        assertThat(codes("Jordan Bardella met Michael Jordan")).isEmpty();
        assertThat(codes("Rally leader Bardella flew to Jordan and Georgia.")).containsExactly("JO", "GE");
    }

    @Test
    void placesThatOnlyContainACountryNameAreNoCountries() {
        assertThat(codes("New Jersey, Latin America and the Indian Ocean")).isEmpty();
        assertThat(codes("Papua New Guinea and Guinea")).containsExactly("PG", "GN");
    }

    @Test
    void moneyIsNotTheCountry() {
        assertThat(codes("a plan worth US$50 billion")).isEmpty();
    }

    @Test
    void outletNamesAreNotCountries() {
        assertThat(codes("The Washington Post and the Kyiv Independent reported it")).isEmpty();
    }

    @Nested
    class CapitalsAndSeats {

        @Test
        void aCapitalActingAsTheGovernmentCounts() {
            assertThat(codes("London has changed plans.")).containsExactly("GB");
            assertThat(codes("Paris and London would open military hubs, but Berlin will not.")).containsExactly("FR", "GB", "DE");
            assertThat(codes("He urged Washington to act and the Kremlin said no.")).containsExactly("US", "RU");
            assertThat(codes("Downing Street and the Elysée agreed; Kiev and Kyiv")).containsExactly("GB", "FR", "UA", "UA");
        }

        @Test
        void aCapitalThatIsOnlyAVenueDoesNotCount() {
            assertThat(codes("A summit in Paris, talks at Rome and a base near London.")).isEmpty();
            assertThat(codes("The Paris summit and the London conference ended. A London-based analyst")).isEmpty();
        }

        @Test
        void aDatelineDoesNotCount() {
            assertThat(codes("PARIS, 6 January – Leaders met.")).isEmpty();
            assertThat(codes("Paris, however, disagreed.")).containsExactly("FR");
            assertThat(codes("Kyiv, 6 January – Officials met.\nWarsaw, April 10 (PAP) – More.")).isEmpty();
            assertThat(codes("LONDON (Reuters) - Officials met.")).isEmpty();
            assertThat(codes("Kyiv — Officials met.\nWASHINGTON, D.C. — More.")).isEmpty();
        }

        @Test
        void aPlaceGivenWithItsCountryCountsTheCountry() {
            assertThat(codes("a meeting in Brussels (Belgium) and a summit in Paris, the capital of France"))
                    .containsExactly("BE", "FR");
        }
    }

    @Nested
    class Leaders {

        @Test
        void aLeaderStandsForTheCountryWhenTheDateIsUnknown() {
            assertThat(codes("Starmer, Tusk, Meloni, Macron, Putin, Peskov and Zelensky spoke. Trump too."))
                    .containsExactly("GB", "PL", "IT", "FR", "RU", "RU", "UA", "US");
        }

        @Test
        void aLeaderCountsOnlyWithinTheTerm() {
            assertThat(codes("Starmer said so.", LocalDate.of(2025, 3, 1))).containsExactly("GB");
            assertThat(codes("Starmer said so.", LocalDate.of(2020, 3, 1))).isEmpty();
            assertThat(codes("Trump said so.", LocalDate.of(2019, 3, 1))).containsExactly("US");
            assertThat(codes("Trump said so.", LocalDate.of(2022, 3, 1))).isEmpty();
        }

        @Test
        void officialsOfOrganisationsStandForNoCountry() {
            assertThat(codes("von der Leyen and Kallas spoke.")).isEmpty();
        }
    }
}
