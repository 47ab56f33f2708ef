package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimboard.extraction.text.Tokenizer;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> outlets = new PhraseMatcher<String>()
            .add("The Times", "The Times")
            .add("The Sunday Times", "The Sunday Times")
            .add("FT", "Financial Times")
            .add("Turkey", "TR")
            .add("coalition of the willing", "COALITION");

    @Test
    void prefersTheLongestPhraseAndReportsOffsets() {
        String text = "The Sunday Times and The Times disagree.";
        List<PhraseMatcher.Match<String>> matches = outlets.findAll(Tokenizer.tokenize(text));
        assertThat(matches).extracting(PhraseMatcher.Match::value).containsExactly("The Sunday Times", "The Times");
        assertThat(text.substring(matches.get(0).start(), matches.get(0).end())).isEqualTo("The Sunday Times");
    }

    @Test
    void capitalisedEntriesNeedCapitalisedTextLowerCaseEntriesMatchAnyCase() {
        assertThat(outlets.findAll(Tokenizer.tokenize("roast turkey, TURKEY and Turkey"))).hasSize(2);
        assertThat(outlets.findAll(Tokenizer.tokenize("The Coalition of the Willing met")))
                .extracting(PhraseMatcher.Match::value).containsExactly("COALITION");
    }

    @Test
    void searchesOnlyTheGivenTokenRange() {
        Tokens tokens = Tokenizer.tokenize("FT said. FT said.");
        assertThat(outlets.findAll(tokens, 1, tokens.size())).hasSize(1);
        assertThat(outlets.longestAt(tokens, 0, 0)).isNull();
    }
}
