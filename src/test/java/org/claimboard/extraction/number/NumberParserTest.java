package org.claimboard.extraction.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "64,000|64000", "10.000|10000", "10 000|10000", "2,500|2500", "25 thousand|25000", "1.5 million|1500000",
            "25k|25000", "ten thousand|10000", "five thousand|5000", "twenty-five thousand|25000",
            "twenty five thousand|25000", "one hundred and fifty|150", "two thousand five hundred|2500",
            "a hundred|100", "a thousand|1000", "30|30", "1,000,000|1000000"})
    void readsWrittenNumbers(String text, long expected) {
        assertThat(NumberParser.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soldiers", "1.5", "2nd", "2024-11-11", "a", "and", "ten soldiers", "1,2"})
    void refusesWhatIsNotExactlyOneWholeNumber(String text) {
        assertThat(NumberParser.parse(text)).isNull();
    }
}
