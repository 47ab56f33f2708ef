package org.claimboard.extraction.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.TroopCount;
import org.claimboard.extraction.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TroopCountFinderTest {

    private final TroopCountFinder finder = new TroopCountFinder();

    private List<TroopCount> counts(String text) {
        return finder.find(Tokenizer.tokenize(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the plan to send 64,000 soldiers to Ukraine|64000|EXACT",
            "a strategy to deploy over 10,000 multinational troops|10000|AT_LEAST",
            "providing no less than 10,000 people for the peacekeeping force|10000|AT_LEAST",
            "Britain could send up to 7,000 British peacekeeping troops|7000|AT_MOST",
            "some 5,000 servicemen would go|5000|ABOUT",
            "roughly ten thousand soldiers|10000|ABOUT",
            "a 10,000-strong force|10000|EXACT",
            "the concept of a \"10,000 peacekeeping force\"|10000|EXACT",
            "the approximate size of peacekeeping force is 30,000, and more|30000|EXACT",
            "a force of 25 thousand|25000|EXACT",
            "1.5 million soldiers|1500000|EXACT",
            "ready to contribute 10,000 soldiers each|10000|EXACT",
            "deploying five thousand of its troops|5000|EXACT",
            "at least 200 military instructors|200|AT_LEAST",
            "a brigade of about 5,000 would follow|5000|ABOUT",
            "a force size of 30,000 was agreed|30000|EXACT",
            "the number of 64,000 soldiers as proposed|64000|EXACT"})
    void readsHeadCounts(String text, int value, Qualifier qualifier) {
        assertThat(counts(text)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(value);
            assertThat(c.qualifier()).isEqualTo(qualifier);
            assertThat(c.max()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"between 15,000 and 20,000 troops", "15,000-20,000 troops", "15,000 to 20,000 soldiers",
            "15,000 – 20,000 soldiers"})
    void readsRanges(String text) {
        assertThat(counts(text)).singleElement().satisfies(c -> {
            assertThat(c.value()).isEqualTo(15000);
            assertThat(c.max()).isEqualTo(20000);
            assertThat(c.qualifier()).isEqualTo(Qualifier.RANGE);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a weapons plan worth US$50 billion", "$50 billion for troops", "€5bn for soldiers",
            "more than 30 countries joined", "35 nations signed up", "2% of GDP", "a 1,200 km front line",
            "in 2024 troops were sent", "the 2024 US election", "on April 10 soldiers marched",
            "29 heads of state or government", "only 6 have pledged to send troops", "10,000 people attended a concert",
            "", "   ", "two forces met", "several hundred soldiers", "thousands of troops", "hundreds of soldiers",
            "Norway will provide 500 of them, officials said.", "Troops aside, Spain will provide 600 million."})
    void ignoresNumbersThatCountNoPersonnel(String text) {
        assertThat(counts(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Allies discussed 40,000 soldiers, with Spain willing to provide up to 3,000 of them.|3000",
            "The force could number 20,000 troops, with Italy able to supply about 4,000.|4000"})
    void readsABareNumberOfTheForcesNamedBefore(String text, int value) {
        assertThat(counts(text)).extracting(TroopCount::value).contains(value);
    }

    @Test
    void spansTheQualifierNumberAndNoun() {
        String text = "They will deploy over 10,000 multinational troops soon.";
        TroopCount count = counts(text).get(0);
        assertThat(text.substring(count.start(), count.end())).isEqualTo("over 10,000 multinational troops");
    }

    @Test
    void survivesALongSingleLineOfGarbage() {
        String garbage = "9,999,999,999,999 ".repeat(20_000) + "\u0000\uD800 12-- 1.2.3.4 - to and between ";
        assertThat(counts(garbage)).isEmpty();
    }
}
