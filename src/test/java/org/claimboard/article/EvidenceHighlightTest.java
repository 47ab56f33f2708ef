package org.claimboard.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.claimboard.article.HighlightedText.Evidence;
import org.claimboard.article.HighlightedText.Segment;
import org.claimboard.claim.Claim;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.TextSpan;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A pledge's stance phrase and actor words inside its highlighted sentence, however the spans lie. */
class EvidenceHighlightTest {

    static final Evidence DECLINED = new Evidence("ev-stance ev-stance-declined", "stance: declined");
    static final Evidence PL = new Evidence("ev-actor", "actor: PL");

    static List<Segment> claimSegments(String text, Highlight... highlights) {
        HighlightedText body = HighlightedText.of(text, List.of(highlights));
        return body.paragraphs().stream().flatMap(p -> p.runs().stream()).filter(HighlightedText.Run::claim)
                .flatMap(r -> r.segments().stream()).toList();
    }

    static Highlight stance(int start, int end) {
        return Highlight.stance(start, end, DECLINED.css(), DECLINED.title());
    }

    static Highlight actor(int start, int end) {
        return Highlight.actor(start, end, PL.css(), PL.title());
    }

    @Test
    void anActorBeforeItsStancePhraseGivesTwoMarkedSegments() {
        String text = "Poland declined to send troops.";
        assertThat(claimSegments(text, Highlight.claim(1, 0, 31), actor(0, 6), stance(7, 23)))
                .extracting(Segment::text, Segment::stance, Segment::actor)
                .containsExactly(tuple("Poland", null, PL), tuple(" ", null, null),
                        tuple("declined to send", DECLINED, null), tuple(" troops.", null, null));
    }

    @Test
    void anActorInsideTheStancePhraseCarriesBoth() {
        String text = "A refusal by Poland to send troops.";
        assertThat(claimSegments(text, Highlight.claim(1, 0, 35), stance(2, 27), actor(13, 19)))
                .extracting(Segment::text, Segment::stance, Segment::actor)
                .containsExactly(tuple("A ", null, null), tuple("refusal by ", DECLINED, null),
                        tuple("Poland", DECLINED, PL), tuple(" to send", DECLINED, null), tuple(" troops.", null, null));
    }

    @Test
    void partlyOverlappingSpansAreCutWhereEitherStartsOrEnds() {
        String text = "abcdefghij";
        assertThat(claimSegments(text, Highlight.claim(1, 0, 10), stance(2, 6), actor(4, 8)))
                .extracting(Segment::text, Segment::stance, Segment::actor)
                .containsExactly(tuple("ab", null, null), tuple("cd", DECLINED, null), tuple("ef", DECLINED, PL),
                        tuple("gh", null, PL), tuple("ij", null, null));
    }

    @Test
    void adjacentSpansStayApartAndAMentionInsideKeepsItsMark() {
        String text = "Poland declined.";
        List<Segment> segments = claimSegments(text, Highlight.claim(1, 0, 16), actor(0, 6), stance(6, 15),
                Highlight.mark(0, 6, "m-country", "country: Poland"));
        assertThat(segments).extracting(Segment::text).containsExactly("Poland", " declined", ".");
        assertThat(segments.get(0)).isEqualTo(new Segment("Poland", "m-country", "country: Poland", null, PL));
        assertThat(segments.get(1).stance()).isEqualTo(DECLINED);
        assertThat(segments.get(1).actor()).isNull();
    }

    @Test
    void twoPledgesOnOnePhraseShowEveryTooltipOnce() {
        String text = "Poland and France declined.";
        List<Segment> segments = claimSegments(text, Highlight.claim(1, 0, 27), stance(18, 26),
                Highlight.stance(18, 26, "ev-stance ev-stance-declined", "stance: declined"),
                Highlight.stance(18, 26, "ev-stance ev-stance-offered", "stance: offered"));
        assertThat(segments.get(1).stance().title()).isEqualTo("stance: declined; stance: offered");
    }

    @Test
    void evidenceOutsideAClaimSentenceIsNotDrawn() {
        String text = "Poland declined. Then nothing.";
        HighlightedText body = HighlightedText.of(text, List.of(Highlight.claim(1, 0, 16), stance(7, 30)));
        assertThat(body.paragraphs().get(0).runs()).filteredOn(r -> !r.claim())
                .flatExtracting(HighlightedText.Run::segments).allSatisfy(s -> assertThat(s.stance()).isNull());
    }

    @Test
    void htmlInTheTextStaysPlainTextInItsSegments() {
        String text = "<b>Poland</b> & \"allies\" declined.";
        List<Segment> segments = claimSegments(text, Highlight.claim(1, 0, 34), actor(3, 9), stance(25, 33));
        assertThat(segments).extracting(Segment::text)
                .containsExactly("<b>", "Poland", "</b> & \"allies\" ", "declined", ".");
    }

    @Nested
    class FromStoredPledges {

        static final String TEXT = "Intro. Poland declined to send troops. Poland is next.";

        Claim sentence() {
            return Fixtures.claim(3, Fixtures.article(1, TEXT), "Poland declined to send troops.", null, "PL");
        }

        @Test
        void spansAreClippedToThePledgesSentence() {
            TroopPledge pledge = Fixtures.pledge(5, sentence(), "PL", Stance.DECLINED, null);
            pledge.setEvidence(new TextSpan(14, 50), new TextSpan(0, 13));
            List<Highlight> all = ArticleReader.highlights(List.of(), List.of(pledge.getClaim()), List.of(pledge));
            assertThat(all).filteredOn(h -> h.layer() == Highlight.Layer.STANCE)
                    .extracting(Highlight::start, Highlight::end, Highlight::title)
                    .containsExactly(tuple(14, 38, "stance: declined"));
            assertThat(all).filteredOn(h -> h.layer() == Highlight.Layer.ACTOR)
                    .extracting(Highlight::start, Highlight::end, Highlight::title)
                    .containsExactly(tuple(7, 13, "actor: PL"));
        }

        @Test
        void aPledgeStoredWithoutEvidenceGivesOnlyItsSentenceAndStanceMark() {
            TroopPledge pledge = Fixtures.pledge(5, sentence(), "PL", Stance.DECLINED, null);
            List<Highlight> all = ArticleReader.highlights(List.of(), List.of(pledge.getClaim()), List.of(pledge));
            assertThat(all).extracting(Highlight::layer).containsExactly(Highlight.Layer.CLAIM, Highlight.Layer.MARK);
        }

        @Test
        void spansWhollyOutsideTheSentenceAreLeftOut() {
            TroopPledge pledge = Fixtures.pledge(5, sentence(), "PL", Stance.DECLINED, null);
            pledge.setEvidence(new TextSpan(39, 45), new TextSpan(0, 5));
            assertThat(ArticleReader.highlights(List.of(), List.of(pledge.getClaim()), List.of(pledge)))
                    .extracting(Highlight::layer).containsExactly(Highlight.Layer.CLAIM, Highlight.Layer.MARK);
        }
    }
}
