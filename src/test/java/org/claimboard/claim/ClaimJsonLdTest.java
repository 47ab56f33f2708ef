package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.claim.Verdict.Rating;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClaimJsonLdTest {

    static final String BREAKOUT = "He wrote </script><script>alert(1)</script> & <!-- left.";

    final JsonMapper json = JsonMapper.builder().build();
    final ClaimJsonLd jsonLd = new ClaimJsonLd(json);

    static ClaimRow row(String text, String speaker) {
        Article article = Fixtures.article(1, text + " More.");
        article.setTitle("Troops");
        Claim claim = Fixtures.claim(11, article, text, Fixtures.outlet(3, "The Times"), "PL");
        claim.setSpeaker(speaker);
        return ClaimRow.of(claim, List.of());
    }

    @Test
    void describesAClaimAppearingInItsArticle() {
        JsonNode ld = json.readTree(jsonLd.of(row(Fixtures.TIMES_SENTENCE, null), null, null, "https://cb.example"));
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("Claim");
        assertThat(ld.get("text").asString()).isEqualTo(Fixtures.TIMES_SENTENCE);
        assertThat(ld.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(ld.get("author").get("name").asString()).isEqualTo("The Times");
        assertThat(ld.get("about").get(0).get("name").asString()).isEqualTo("Poland");
        JsonNode appearance = ld.get("firstAppearance");
        assertThat(appearance.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(appearance.get("url").asString()).isEqualTo("https://cb.example/articles/1#claim-11");
        assertThat(appearance.get("headline").asString()).isEqualTo("Troops");
        assertThat(ld.get("appearance").get(0)).isEqualTo(appearance);
    }

    @Test
    void isNamedByItsSentenceNotByItsIdWhichReextractionChanges() {
        JsonNode ld = json.readTree(jsonLd.of(row(Fixtures.TIMES_SENTENCE, null), null, null, "https://cb.example"));
        assertThat(ld.get("identifier").asString())
                .isEqualTo("tag:claimboard,2025:article-1-sentence-0-" + Fixtures.TIMES_SENTENCE.length());
        assertThat(ld.get("url").asString()).isEqualTo("https://cb.example/articles/1#claim-11");
        assertThat(ld.toString()).doesNotContain("/claims/11");
    }

    @Test
    void aSpeakerIsThePersonWhoClaims() {
        JsonNode ld = json.readTree(jsonLd.of(row(Fixtures.TIMES_SENTENCE, "Keir Starmer"), null, null, ""));
        assertThat(ld.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(ld.get("author").get("name").asString()).isEqualTo("Keir Starmer");
    }

    @Test
    void noTextCanCloseTheScriptElement() {
        String out = jsonLd.of(row(BREAKOUT, null), null, null, "");
        assertThat(out).doesNotContain("</").doesNotContain("<").doesNotContain("<!--");
        assertThat(json.readTree(out).get("text").asString()).as("still the same text once parsed").isEqualTo(BREAKOUT);
    }

    @Test
    void aVerdictMakesItAClaimReview() {
        Verdict verdict = new Verdict(Rating.DISPUTED, "Other outlets report 5,000.", "A. Checker",
                LocalDate.of(2026, 2, 1));
        JsonNode ld = json.readTree(jsonLd.of(row(Fixtures.TIMES_SENTENCE, null), null, verdict, "https://cb.example"));
        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(ld.get("claimReviewed").asString()).isEqualTo(Fixtures.TIMES_SENTENCE);
        assertThat(ld.get("reviewRating").get("@type").asString()).isEqualTo("Rating");
        assertThat(ld.get("reviewRating").get("alternateName").asString()).isEqualTo("disputed");
        assertThat(ld.get("reviewBody").asString()).isEqualTo("Other outlets report 5,000.");
        assertThat(ld.get("author").get("name").asString()).isEqualTo("A. Checker");
        assertThat(ld.get("datePublished").asString()).isEqualTo("2026-02-01");
        assertThat(ld.get("itemReviewed").get("@type").asString()).isEqualTo("Claim");
        assertThat(ld.get("url").asString()).isEqualTo("https://cb.example/claims/11");
    }

    @Test
    void aVerifiedVerdictWithoutReviewerIsClaimboards() {
        JsonNode ld = json.readTree(jsonLd.of(row(Fixtures.TIMES_SENTENCE, null), null,
                new Verdict(Rating.VERIFIED, null, null, null), ""));
        assertThat(ld.get("reviewRating").get("alternateName").asString()).isEqualTo("verified");
        assertThat(ld.get("author").get("name").asString()).isEqualTo("Claimboard");
        assertThat(ld.has("reviewBody")).isFalse();
    }
}
