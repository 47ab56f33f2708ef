package org.claimboard.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.claimboard.article.ArticleRepository;
import org.claimboard.article.MentionKind;
import org.claimboard.article.MentionRepository;
import org.claimboard.article.ValueCount;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.OutletTally;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.system.Fixtures;
import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(OutletController.class)
class OutletControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OutletRepository outlets;
    @MockitoBean
    ClaimRepository claims;
    @MockitoBean
    MentionRepository mentions;
    @MockitoBean
    ArticleRepository articles;
    @MockitoBean
    ClaimListing listing;
    @MockitoBean
    CorrectionReader corrections;

    @Test
    void showsTheClaimsAttributedToTheOutletWithTheirVerdictsAndTheArticlesCitingIt() throws Exception {
        when(outlets.findBySlug("the-times")).thenReturn(Optional.of(Fixtures.outlet(3, "The Times")));
        when(listing.search(argThat(f -> "the-times".equals(f.outlet())), any()))
                .thenReturn(new PageImpl<>(List.of(Fixtures.timesRow())));
        when(articles.findCiting(eq("The Times"), eq("the-times"), any())).thenReturn(Page.empty());
        when(corrections.verdictsOn(List.of(Fixtures.timesRow()))).thenReturn(Fixtures.disputedTimesRow());
        String html = mvc.perform(get("/outlets/the-times")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>The Times</h1>").contains(Fixtures.TIMES_SENTENCE)
                .contains("class=\"badge verdict verdict-disputed\"")
                .contains("Articles citing The Times").contains("href=\"/compare?outlet=the-times\"");
    }

    @Test
    void indexCountsClaimsAndCitingArticlesPerOutlet() throws Exception {
        when(outlets.findAll(any(org.springframework.data.domain.Pageable.class)))
                .thenReturn(new PageImpl<>(List.of(Fixtures.outlet(3, "The Times"))));
        when(claims.tallyByOutletIdIn(List.of(3L))).thenReturn(List.of(new OutletTally("the-times", "The Times", 4)));
        when(mentions.countArticlesByValue(MentionKind.OUTLET, List.of("The Times")))
                .thenReturn(List.of(new ValueCount("The Times", 2)));
        String html = mvc.perform(get("/outlets")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/outlets/the-times\">The Times</a>")
                .contains("href=\"/claims?outlet=the-times\">4</a>").contains(">2</td>");
    }

    @Nested
    class NotFound {
        @Test
        void unknownSlugGivesA404Page() throws Exception {
            when(outlets.findBySlug("nope")).thenReturn(Optional.empty());
            String html = mvc.perform(get("/outlets/nope")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Outlet “nope” does not exist.");
        }
    }
}
