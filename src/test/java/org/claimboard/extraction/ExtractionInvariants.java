package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What must hold for any extraction of any text: offsets inside the text, sentences in order, sane values. */
final class ExtractionInvariants {

    private ExtractionInvariants() {
    }

    static void assertConsistent(Extraction extraction, String text) {
        int length = text.length();
        assertThat(extraction.text()).as("extracted text").isEqualTo(text);
        assertThat(extraction.tokenCount()).as("token count").isBetween(0, length);
        assertSentences(extraction.sentences(), length);

        int sentenceCount = extraction.sentences().size();
        extraction.countries().forEach(c -> {
            assertSpan("country " + c, c.start(), c.end(), length);
            assertThat(c.code()).as("country code of " + c).matches("[A-Z]{2}");
        });
        extraction.people().forEach(p -> assertSpan("person " + p, p.start(), p.end(), length));
        extraction.outlets().forEach(o -> assertSpan("outlet " + o, o.start(), o.end(), length));
        extraction.dates().forEach(d -> {
            assertSpan("date " + d, d.start(), d.end(), length);
            assertThat(d.date()).as("date of " + d).isNotNull();
        });
        extraction.troopCounts().forEach(t -> {
            assertSpan("troop count " + t, t.start(), t.end(), length);
            assertThat(t.value()).as("value of " + t).isNotNegative();
            if (t.max() != null) {
                assertThat(t.max()).as("range of " + t).isGreaterThanOrEqualTo(t.value());
            }
        });
        extraction.claims().forEach(c -> {
            assertSpan("claim " + c, c.start(), c.end(), length);
            assertThat(c.sentence()).as("sentence of " + c).isNotNegative().isLessThan(sentenceCount);
        });
        extraction.pledges().forEach(p -> {
            assertSpan("pledge " + p, p.start(), p.end(), length);
            assertThat(p.sentence()).as("sentence of " + p).isNotNegative().isLessThan(sentenceCount);
            assertThat(p.actor()).as("actor of " + p).matches("[A-Z]{2}|" + Pledge.COALITION);
            assertThat(p.stance()).as("stance of " + p).isNotNull();
            if (p.troops() != null && p.troopsMax() != null) {
                assertThat(p.troopsMax()).as("range of " + p).isGreaterThanOrEqualTo(p.troops());
            }
        });
    }

    /** Sentences are numbered in order, non-empty, inside the text, and never overlap. */
    static void assertSentences(List<Sentence> sentences, int length) {
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).as("index of " + s).isEqualTo(i);
            assertThat(s.start()).as("start of " + s + " after the previous sentence").isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).as("end of " + s).isGreaterThan(s.start()).isLessThanOrEqualTo(length);
            previousEnd = s.end();
        }
    }

    static void assertNothingFound(Extraction extraction) {
        assertThat(extraction.tokenCount()).isZero();
        assertThat(extraction.sentences()).isEmpty();
        assertThat(extraction.countries()).isEmpty();
        assertThat(extraction.people()).isEmpty();
        assertThat(extraction.outlets()).isEmpty();
        assertThat(extraction.dates()).isEmpty();
        assertThat(extraction.troopCounts()).isEmpty();
        assertThat(extraction.claims()).isEmpty();
        assertThat(extraction.pledges()).isEmpty();
    }

    private static void assertSpan(String what, int start, int end, int length) {
        assertThat(start).as("start of " + what).isBetween(0, length);
        assertThat(end).as("end of " + what).isBetween(start, length);
    }
}
