package org.claimboard.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbFormsTest {

    private final VerbForms verbs = new VerbForms();

    @ParameterizedTest
    @CsvSource({
            "consider, considers, considered, considering",
            "refuse, refuses, refused, refusing",
            "deny, denies, denied, denying",
            "push, pushes, pushed, pushing",
            "weigh, weighs, weighed, weighing",
            "agree, agrees, agreed, agreeing"})
    void regularVerbsFollowTheSpellingRules(String lemma, String third, String past, String participle) {
        assertThat(verbs.of(lemma)).containsExactly(lemma, third, past, participle);
    }

    @ParameterizedTest
    @CsvSource({"withdraw, withdrawn", "commit, committing", "drop, dropped", "send, sent", "take, taken"})
    void irregularAndDoublingVerbsComeFromTheTable(String lemma, String form) {
        assertThat(verbs.of(lemma)).contains(form);
    }
}
