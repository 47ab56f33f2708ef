package org.claimboard.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.claimboard.extraction.Tokens;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void keepsNumbersAbbreviationsAndInnerPunctuationInOneToken() {
        assertThat(texts("The U.S. sent 10,000 troops, not 2.5 million; Ukraine's war-torn east at 9 a.m."))
                .containsExactly("The", "U.S.", "sent", "10,000", "troops", ",", "not", "2.5", "million", ";",
                        "Ukraine's", "war-torn", "east", "at", "9", "a.m.");
    }

    @Test
    void endsAWordAtAFullStopThatIsNotAnAbbreviation() {
        assertThat(texts("He left.Then came")).containsExactly("He", "left", ".", "Then", "came");
        assertThat(texts("1,200 km, 12,34")).containsExactly("1,200", "km", ",", "12", ",", "34");
    }

    @Test
    void treatsNoBreakAndZeroWidthCharactersAsSpaceAndFoldsCurlyApostrophes() {
        Tokens tokens = Tokenizer.tokenize("Kyiv\u00a0said\u200b Ukraine\u2019s \u201cplan\u201d");
        assertThat(texts(tokens)).containsExactly("Kyiv", "said", "Ukraine\u2019s", "\u201c", "plan", "\u201d");
        assertThat(tokens.norm(2)).isEqualTo("ukraine's");
    }

    @Test
    void foldsAccentsForMatchingButKeepsOffsetsIntoTheText() {
        Tokens tokens = Tokenizer.tokenize("  the Élysée");
        assertThat(tokens.norm(1)).isEqualTo("elysee");
        assertThat(tokens.start(1)).isEqualTo(6);
        assertThat(tokens.end(1)).isEqualTo(12);
    }

    @Test
    void findsTheTokenAtAnOffset() {
        Tokens tokens = Tokenizer.tokenize("ab cd  ef");
        assertThat(tokens.indexAtOrAfter(0)).isZero();
        assertThat(tokens.indexAtOrAfter(2)).isEqualTo(1);
        assertThat(tokens.indexAtOrAfter(5)).isEqualTo(2);
        assertThat(tokens.indexAtOrAfter(9)).isEqualTo(3);
        assertThat(tokens.firstStartingAtOrAfter(4)).isEqualTo(2);
    }

    @Test
    void handlesEmptyTextAndSurrogatePairs() {
        assertThat(Tokenizer.tokenize("").size()).isZero();
        assertThat(texts("a \uD83D\uDE00 b")).containsExactly("a", "\uD83D\uDE00", "b");
    }

    private static List<String> texts(String text) {
        return texts(Tokenizer.tokenize(text));
    }

    private static List<String> texts(Tokens tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.text(i));
        }
        return out;
    }
}
