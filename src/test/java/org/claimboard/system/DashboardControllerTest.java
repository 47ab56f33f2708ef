package org.claimboard.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.StanceTally;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(DashboardController.class)
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleRepository articles;
    @MockitoBean
    ClaimRepository claims;
    @MockitoBean
    OutletRepository outlets;
    @MockitoBean
    CountryRepository countries;
    @MockitoBean
    TroopPledgeRepository pledges;
    @MockitoBean
    ClaimListing listing;
    @MockitoBean
    CorrectionReader corrections;

    @Test
    void showsCountsLatestStancePerCountryChartDataAndLatestClaimsWithTheirVerdicts() throws Exception {
        when(articles.count()).thenReturn(5L);
        when(claims.count()).thenReturn(42L);
        when(outlets.count()).thenReturn(4L);
        when(countries.count()).thenReturn(12L);
        var a = Fixtures.article(1, Fixtures.TIMES_SENTENCE);
        var claim = Fixtures.claim(11, a, Fixtures.TIMES_SENTENCE, Fixtures.outlet(3, "The Times"), "GB");
        when(pledges.findLatestPerActorForLists()).thenReturn(List.of(
                Fixtures.pledge(1, claim, "GB", Stance.OFFERED, 10_000),
                Fixtures.pledge(2, claim, "PL", Stance.DECLINED, null),
                Fixtures.pledge(3, claim, "COALITION", Stance.PROPOSED, 64_000)));
        when(pledges.tallyByActorAndStance()).thenReturn(List.of(new StanceTally("GB", Stance.OFFERED, 2),
                new StanceTally("GB", Stance.CONSIDERING, 1), new StanceTally("PL", Stance.DECLINED, 1)));
        when(listing.latest(DashboardController.LATEST_CLAIMS)).thenReturn(List.of(Fixtures.timesRow()));
        when(corrections.verdictsOn(List.of(Fixtures.timesRow()))).thenReturn(Fixtures.disputedTimesRow());

        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(">42<").contains(">12<")
                .contains("href=\"/countries/GB\">United Kingdom</a>").contains("href=\"/countries/PL\">Poland</a>")
                .contains("The coalition as a whole").contains("64,000").contains("stance-declined")
                .contains("\"labels\":[\"GB\",\"PL\"]").contains("\"OFFERED\":[2,0]").contains("\"DECLINED\":[0,1]")
                .contains("/webjars/chart.js/").contains(Fixtures.TIMES_SENTENCE)
                .contains("class=\"badge verdict verdict-disputed\"")
                .contains("href=\"/timeline\"").contains("href=\"/compare\"").contains("href=\"/articles\"");
    }

    @Test
    void anEmptyDatabaseStillRenders() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No articles have been ingested yet");
    }

    @Nested
    class Errors {

        @Test
        void unknownAddressGivesTheNotFoundPage() throws Exception {
            String html = mvc.perform(get("/no-such-page")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Not found").contains("Back to the dashboard").doesNotContain("Exception");
        }

        @Test
        void aFailingQueryGivesA500PageWithoutAStackTrace() throws Exception {
            when(articles.count()).thenThrow(new IllegalStateException("database is down"));
            String html = mvc.perform(get("/")).andExpect(status().isInternalServerError())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Server error").doesNotContain("database is down")
                    .doesNotContain("IllegalStateException").doesNotContain("at org.");
        }
    }
}
