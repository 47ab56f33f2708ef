package org.claimboard.extraction.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class NumberParserProperties {

    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};

    @Property
    void groupedDigitsReadBack(@ForAll @IntRange(min = 1, max = 10_000_000) int n) {
        String grouped = NumberFormat.getIntegerInstance(Locale.US).format(n);
        assertThat(NumberParser.parse(grouped)).isEqualTo((long) n);
    }

    @Property
    void plainDigitsReadBack(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int n) {
        assertThat(NumberParser.parse(Integer.toString(n))).isEqualTo((long) n);
    }

    @Property
    void thousandsInWordsReadBack(@ForAll @IntRange(min = 1, max = 999) int n) {
        assertThat(NumberParser.parse(words(n) + " thousand")).isEqualTo(n * 1000L);
    }

    @Property
    void digitsBeforeAScaleWordReadBack(@ForAll @IntRange(min = 1, max = 999) int n) {
        assertThat(NumberParser.parse(n + " thousand")).isEqualTo(n * 1000L);
        assertThat(NumberParser.parse(n + " million")).isEqualTo(n * 1_000_000L);
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text) {
        Long value = NumberParser.parse(text);
        assertThat(value == null || value >= 0).isTrue();
    }

    /** English words for 1..999, written the ways news copy does ("two hundred and forty-five"). */
    static String words(int n) {
        StringBuilder out = new StringBuilder();
        if (n >= 100) {
            out.append(UNITS[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                out.append(" and ");
            }
        }
        if (n >= 20) {
            out.append(TENS[n / 10]);
            if (n % 10 > 0) {
                out.append('-').append(UNITS[n % 10]);
            }
        } else if (n > 0) {
            out.append(UNITS[n]);
        }
        return out.toString();
    }
}
