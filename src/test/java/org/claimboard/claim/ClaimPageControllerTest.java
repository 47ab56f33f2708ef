package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.claimboard.article.Article;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Import({SecurityConfiguration.class, ClaimJsonLd.class})
@WebMvcTest(ClaimPageController.class)
class ClaimPageControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimListing listing;

    @MockitoBean
    Verdicts verdicts;

    @BeforeEach
    void data() {
        when(verdicts.of(anyLong())).thenReturn(Optional.empty());
    }

    Document page(long id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/claims/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void showsTheSentenceItsSourceCountriesPledgesAndTheWayIntoTheArticle() throws Exception {
        when(listing.find(11)).thenReturn(Optional.of(Fixtures.timesRow()));
        Document html = page(11);
        assertThat(html.select("blockquote p").text()).isEqualTo(Fixtures.TIMES_SENTENCE);
        assertThat(html.select("#claim-in-article").attr("href")).isEqualTo("/articles/1#claim-11");
        assertThat(html.select("a[href=/outlets/the-times]").text()).isEqualTo("The Times");
        assertThat(html.select("a.chip[href^=/countries/]").eachText()).containsExactly("FR", "GB");
        assertThat(html.select(".claim-stances").text()).contains("10,000");
        JsonNode ld = JsonMapper.builder().build().readTree(
                html.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("@type").asString()).isEqualTo("Claim");
        assertThat(ld.get("text").asString()).isEqualTo(Fixtures.TIMES_SENTENCE);
    }

    @Test
    void aSentenceHoldingAScriptEndTagStaysInsideTheJsonLd() throws Exception {
        String text = "Odd </script><script src=/x.js></script> sentence.";
        Article article = Fixtures.article(1, text);
        when(listing.find(12)).thenReturn(Optional.of(ClaimRow.of(Fixtures.claim(12, article, text, null), List.of())));
        Document html = page(12);
        assertThat(html.select("script")).as("only the layout's scripts and the JSON-LD")
                .noneMatch(s -> "/x.js".equals(s.attr("src")));
        JsonNode ld = JsonMapper.builder().build().readTree(
                html.select("script[type=application/ld+json]").first().data());
        assertThat(ld.get("text").asString()).isEqualTo(text);
    }

    @Nested
    class AnUnknownClaim {

        @Test
        void isA404Page() throws Exception {
            when(listing.find(99)).thenReturn(Optional.empty());
            mvc.perform(get("/claims/99")).andExpect(status().isNotFound());
        }
    }
}
