package org.claimboard.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.claimboard.claim.Verdict.Rating;
import org.claimboard.correction.ArticleReview;
import org.claimboard.correction.AuditLine;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.correction.VerdictView;
import org.claimboard.country.Country;
import org.claimboard.system.Fixtures;
import org.claimboard.system.NotFoundException;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.extraction.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(ArticleController.class)
class ArticleControllerTest {

    static final String TEXT = "Poland said no. <script>alert('x')</script> The Times reported an offer.\nNext paragraph.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleRepository articles;
    @MockitoBean
    org.claimboard.claim.ClaimRepository claims;
    @MockitoBean
    ArticleReader reader;
    @MockitoBean
    CorrectionReader corrections;

    @Test
    void showsTheTextWithHighlightsAndAnAnchorPerClaimEscapingTheArticle() throws Exception {
        Article article = Fixtures.article(7, TEXT);
        int times = TEXT.indexOf("The Times reported");
        HighlightedText body = HighlightedText.of(TEXT, List.of(
                Highlight.mark(0, 6, "m-country", "country: Poland"),
                Highlight.claim(31, times, TEXT.indexOf('\n')),
                Highlight.mark(times, times + 9, "m-outlet", "outlet: The Times")));
        when(reader.read(7)).thenReturn(new ArticleView(article, body, List.of(Fixtures.timesRow()), List.of(),
                List.of(Country.of("PL")), Map.of("The Times", "the-times"), List.of(), SameStory.none()));

        String html = mvc.perform(get("/articles/7")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<mark class=\"m-country\" title=\"country: Poland\">Poland</mark>")
                .contains("<span class=\"claim\" id=\"claim-31\"><mark class=\"m-outlet\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                .contains("<p>Next paragraph.</p>")
                .contains("href=\"/outlets/the-times\"").contains("href=\"/countries/PL\"")
                .contains("002_article.txt".replace("002", "007"));
    }

    @Test
    void marksTheStancePhraseAndActorWordsInsideTheSentenceNestedAndEscaped() throws Exception {
        String text = "Intro. A <refusal> by Poland & co to send troops.";
        Article article = Fixtures.article(7, text);
        int refusal = text.indexOf("<refusal>");
        int poland = text.indexOf("Poland");
        HighlightedText body = HighlightedText.of(text, List.of(Highlight.claim(31, 7, text.length()),
                Highlight.stance(refusal, text.indexOf(" to send") + 8, "ev-stance ev-stance-declined",
                        "stance: declined"),
                Highlight.actor(poland, text.indexOf(" co") + 3, "ev-actor", "actor: PL"),
                Highlight.mark(poland, poland + 6, "m-country", "country: Poland")));
        when(reader.read(7)).thenReturn(new ArticleView(article, body, List.of(), List.of(), List.of(), Map.of(),
                List.of(), SameStory.none()));

        String html = mvc.perform(get("/articles/7")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<mark class=\"ev-stance ev-stance-declined\" title=\"stance: declined\">"
                        + "&lt;refusal&gt; by </mark>")
                .contains("<mark class=\"ev-stance ev-stance-declined\" title=\"stance: declined\">"
                        + "<span class=\"ev-actor\" title=\"actor: PL\"><mark class=\"m-country\" "
                        + "title=\"country: Poland\">Poland</mark></span></mark>")
                .contains("<span class=\"ev-actor\" title=\"actor: PL\"> &amp; co</span></mark>")
                .doesNotContain("<refusal>");
        org.jsoup.nodes.Element sentence = org.jsoup.Jsoup.parse(html).getElementById("claim-31");
        assertThat(sentence.text()).isEqualTo("A <refusal> by Poland & co to send troops.");
        assertThat(sentence.select("mark.ev-stance").eachText()).containsExactly("<refusal> by", "Poland", "& co", "to send");
        assertThat(sentence.select(".ev-actor").eachText()).containsExactly("Poland", "& co");
        assertThat(org.jsoup.Jsoup.parse(html).select("#article-text > p > .ev-stance")).as("only inside the sentence")
                .isEmpty();
    }

    @Nested
    class Review {
        @BeforeEach
        void anArticleWithADisputedClaim() {
            Article article = Fixtures.article(7, TEXT);
            when(reader.read(7)).thenReturn(new ArticleView(article, HighlightedText.of(TEXT, List.of()),
                    List.of(Fixtures.timesRow()), List.of(Fixtures.view("GB", Stance.OFFERED, 10_000, null, 11)),
                    List.of(), Map.of(), List.of(), SameStory.none()));
            when(corrections.review(7)).thenReturn(new ArticleReview(
                    Map.of(11L, new VerdictView(11, Rating.DISPUTED, "Denied.", "admin", Instant.now())),
                    List.of(new AuditLine("admin", Instant.parse("2026-11-30T14:02:00Z"), "CHANGED", "GB pledge",
                            "stance", "offered", "declined", 0))));
        }

        @Test
        void readersSeeVerdictsAndTheAuditTrailButNoEditControls() throws Exception {
            String html = mvc.perform(get("/articles/7")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("class=\"badge verdict verdict-disputed\"")
                    .contains("admin changed stance of GB pledge from offered to declined")
                    .contains("30 Nov 2026 14:02 UTC")
                    .doesNotContain("/edit").doesNotContain("/claims/new");
        }

        @Test
        void editorsGetALinkToCorrectEachClaimAndPledgeAndToAddAClaim() throws Exception {
            String html = mvc.perform(get("/articles/7").with(user("admin"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("href=\"/articles/7/claims/11/edit\"")
                    .contains("href=\"/articles/7/pledges/110/edit\"")
                    .contains("href=\"/articles/7/claims/new\"");
        }
    }

    @Test
    void listsArticlesPaginated() throws Exception {
        when(articles.findAllBy(any())).thenReturn(Page.empty());
        mvc.perform(get("/articles")).andExpect(status().isOk());
    }

    @Nested
    class NotFound {
        @Test
        void unknownIdGivesA404Page() throws Exception {
            when(reader.read(99)).thenThrow(new NotFoundException("Article", 99));
            String html = mvc.perform(get("/articles/99")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Article “99” does not exist.").contains("404");
        }
    }

    @Nested
    class BadParams {
        @Test
        void nonNumericIdGivesA400Page() throws Exception {
            String html = mvc.perform(get("/articles/abc")).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("The parameter “id” cannot be “abc”.");
        }

        @Test
        void pageZeroGivesA400Page() throws Exception {
            String html = mvc.perform(get("/articles").param("page", "0")).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Page numbers start at 1");
        }
    }
}
