package org.claimboard.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    static String plain(HighlightedText body) {
        return body.paragraphs().stream().map(p -> p.runs().stream()
                .flatMap(r -> r.segments().stream()).map(HighlightedText.Segment::text)
                .collect(Collectors.joining())).collect(Collectors.joining("\n"));
    }

    @Test
    void piecesPutBackTogetherGiveTheTextLineByLine() {
        String text = "Poland said no.\nThe UK offered 10,000 troops. France hesitated.";
        HighlightedText body = HighlightedText.of(text, List.of(
                Highlight.mark(0, 6, "m-country", "Poland"),
                Highlight.claim(5, 16, 45), Highlight.mark(20, 22, "m-country", "UK")));
        assertThat(plain(body)).isEqualTo(text);
        assertThat(body.paragraphs()).hasSize(2);
    }

    @Test
    void aClaimIsOneRunWithItsAnchorAndMarksInside() {
        String text = "Intro. The UK offered troops. Outro.";
        HighlightedText body = HighlightedText.of(text, List.of(Highlight.claim(9, 7, 29),
                Highlight.mark(11, 13, "m-country", "UK")));
        List<HighlightedText.Run> runs = body.paragraphs().get(0).runs();
        assertThat(runs).extracting(HighlightedText.Run::claim).containsExactly(false, true, false);
        HighlightedText.Run claim = runs.get(1);
        assertThat(claim.anchor()).isEqualTo("claim-9");
        assertThat(claim.segments()).extracting(HighlightedText.Segment::text)
                .containsExactly("The ", "UK", " offered troops.");
        assertThat(claim.segments().get(1).css()).isEqualTo("m-country");
    }

    @Test
    void theInnermostMarkWinsWhereMarksOverlap() {
        String text = "Poland declined to send troops.";
        HighlightedText body = HighlightedText.of(text, List.of(
                Highlight.mark(0, 30, "m-pledge-declined", "PL declined"),
                Highlight.mark(0, 6, "m-country", "Poland")));
        var segments = body.paragraphs().get(0).runs().get(0).segments();
        assertThat(segments.get(0)).isEqualTo(new HighlightedText.Segment("Poland", "m-country", "Poland"));
        assertThat(segments.get(1).css()).isEqualTo("m-pledge-declined");
    }

    @Test
    void claimsOnTheSameSentenceShareOneRunAndKeepEveryAnchor() {
        String text = "The UK and France offered troops.";
        HighlightedText body = HighlightedText.of(text, List.of(Highlight.claim(1, 0, 33), Highlight.claim(2, 0, 33)));
        HighlightedText.Run run = body.paragraphs().get(0).runs().get(0);
        assertThat(run.anchors()).containsExactly("claim-1", "claim-2");
        assertThat(run.extraAnchors()).containsExactly("claim-2");
    }

    @Test
    void aClaimAcrossALineBreakIsAnchoredOnce() {
        String text = "Start of claim\nend of claim.";
        HighlightedText body = HighlightedText.of(text, List.of(Highlight.claim(4, 0, text.length())));
        assertThat(body.paragraphs()).hasSize(2);
        assertThat(body.paragraphs().get(0).runs().get(0).anchor()).isEqualTo("claim-4");
        assertThat(body.paragraphs().get(1).runs().get(0).claim()).isTrue();
        assertThat(body.paragraphs().get(1).runs().get(0).anchor()).isNull();
    }

    @Test
    void offsetsOutsideTheTextAreIgnoredNotFatal() {
        String text = "Short text.";
        HighlightedText body = HighlightedText.of(text, List.of(Highlight.mark(-1, 3, "m-x", null),
                Highlight.mark(5, 500, "m-x", null), Highlight.mark(4, 2, "m-x", null), Highlight.claim(1, 0, 99)));
        assertThat(plain(body)).isEqualTo(text);
        assertThat(body.paragraphs().get(0).runs()).allSatisfy(r -> assertThat(r.claim()).isFalse());
    }

    @Test
    void manyHighlightsOnALongTextStayFast() {
        StringBuilder text = new StringBuilder();
        List<Highlight> highlights = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            int at = text.length();
            text.append("Poland and the UK said no. ");
            highlights.add(Highlight.claim(i, at, at + 26));
            highlights.add(Highlight.mark(at, at + 6, "m-country", "PL"));
            highlights.add(Highlight.mark(at + 15, at + 17, "m-country", "GB"));
        }
        long start = System.nanoTime();
        HighlightedText body = HighlightedText.of(text.toString(), highlights);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(body.paragraphs().get(0).runs().stream().filter(HighlightedText.Run::claim)).hasSize(50_000);
        // Quadratic work on 150,000 highlights would take minutes; a linear sweep takes well under a second.
        assertThat(millis).as("linear sweep, not quadratic").isLessThan(15_000);
    }
}
