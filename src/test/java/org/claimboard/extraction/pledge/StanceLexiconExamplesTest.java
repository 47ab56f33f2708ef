package org.claimboard.extraction.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;
import org.claimboard.extraction.text.VerbForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pattern of the predicate lexicon carries an example; each example runs through the whole pipeline. */
class StanceLexiconExamplesTest {

    private static final ExtractionPipeline PIPELINE = Extractors.standard();

    static Stream<StanceLexicon.Entry> entries() {
        return StanceLexicon.entries().stream();
    }

    @Test
    void everyPatternCarriesAnExample() {
        assertThat(StanceLexicon.entries()).allSatisfy(e -> {
            assertThat(e.example()).as("example of %s", e.pattern()).isNotBlank();
            assertThat(e.expected()).as("expectation of %s", e.pattern()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void exampleGivesItsStance(StanceLexicon.Entry entry) {
        List<String> pairs = PIPELINE.extract(ArticleInput.of(entry.example())).pledges().stream()
                .map(p -> p.actor() + " " + p.stance()).distinct().toList();
        if (entry.expected().equals("-")) {
            assertThat(pairs).as(entry.example()).isEmpty();
        } else {
            assertThat(pairs).as(entry.example()).contains(entry.expected());
        }
    }

    @Test
    void aPatternByLemmaStandsForEveryForm() {
        VerbForms verbs = new VerbForms();
        assertThat(StanceLexicon.expand("{rule} out", verbs))
                .contains("rule out", "rules out", "ruled out", "ruling out", "ruled it out", "rules them out");
        assertThat(StanceLexicon.expand("{commit} to", verbs)).contains("committed to", "committing to");
        assertThat(StanceLexicon.expand("{weigh}", verbs)).containsExactlyInAnyOrder("weigh", "weighs", "weighed",
                "weighing");
        assertThat(StanceLexicon.expand("on board", verbs)).containsExactly("on board");
    }
}
