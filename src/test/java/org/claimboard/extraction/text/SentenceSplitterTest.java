package org.claimboard.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<String> split(String text) {
        return SPLITTER.split(text, Tokenizer.tokenize(text)).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void endsSentencesAtFullStopsQuestionAndExclamationMarks() {
        assertThat(split("Troops are ready. Are they? Yes! 10,000 of them."))
                .containsExactly("Troops are ready.", "Are they?", "Yes!", "10,000 of them.");
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheSentence() {
        assertThat(split("He said “no one wants to die.” Despite that, (they went.) \"Then\" came more."))
                .containsExactly("He said “no one wants to die.”", "Despite that, (they went.)", "\"Then\" came more.");
    }

    @Test
    void doesNotSplitBeforeALowerCaseWord() {
        assertThat(split("The figure, approx. ten thousand, grew. e.g. more")).hasSize(1);
    }

    @Test
    void everyLineBreakEndsASentence() {
        assertThat(split("Allies Withdraw Support for Troop Deployment\n\nThe Sunday Times reported it\nBy Jane Doe"))
                .containsExactly("Allies Withdraw Support for Troop Deployment", "The Sunday Times reported it", "By Jane Doe");
    }

    @Test
    void offsetsExcludeSurroundingWhiteSpace() {
        String text = "  \u2003First one.   Second one.\u00A0 \n";
        List<Sentence> sentences = SPLITTER.split(text, Tokenizer.tokenize(text));
        assertThat(sentences).extracting(s -> s.text(text)).containsExactly("First one.", "Second one.");
        assertThat(sentences.get(0).start()).isEqualTo(3);
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1);
    }

    @Nested
    class Abbreviations {

        @Test
        void titlesBeforeNamesNeverEndASentence() {
            assertThat(split("Mr. Tony Radakin and Dr. Smith met Gen. Syrskyi and Lt. Col. Jones in St. Petersburg."))
                    .hasSize(1);
        }

        @Test
        void numberAbbreviationsHoldBeforeDigitsOnly() {
            assertThat(split("He went to No. 10 on Jan. 6 at 9 a.m. sharp.")).hasSize(1);
            assertThat(split("The answer was no. Then he left.")).hasSize(2);
        }

        @Test
        void singleLetterAbbreviationsSplitOnlyBeforeATypicalOpener() {
            assertThat(split("The plan lacked U.S. backing. The U.K. Government disagreed.")).hasSize(2);
            assertThat(split("Troops came from the U.S. The British stayed home.")).hasSize(2);
            assertThat(split("They met at 10 a.m. Monday in Kyiv.")).hasSize(1);
        }

        @Test
        void companySuffixesSplitOnlyBeforeATypicalOpener() {
            assertThat(split("Acme Inc. Chief Executive spoke.")).hasSize(1);
            assertThat(split("He works for Acme Inc. However, not for long.")).hasSize(2);
        }
    }

    @Nested
    class OddInput {

        @Test
        void emptyAndBlankTextHaveNoSentences() {
            assertThat(split("")).isEmpty();
            assertThat(split(" \n\t\u00A0\u200B ")).isEmpty();
        }

        @Test
        void oddUnicodeStaysInOneSentenceWhereNoBreakIs() {
            assertThat(split("Zero\u200Bwidth and \u202Eמלחמה\u202C text “quoted” here. شكرا جزيلا. End"))
                    .hasSize(3);
        }

        @Test
        void aMegabyteWithoutBreaksIsOneSentenceAndFast() {
            String text = "word, ".repeat(180_000) + "end";
            long begin = System.nanoTime();
            List<String> sentences = split(text);
            assertThat(sentences).hasSize(1);
            assertThat((System.nanoTime() - begin) / 1_000_000).isLessThan(5_000);
        }
    }
}
