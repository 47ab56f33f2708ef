package org.claimboard.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.CountryTally;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.TroopPledgeRepository;
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
@WebMvcTest(CountryController.class)
class CountryControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CountryRepository countries;
    @MockitoBean
    ClaimRepository claims;
    @MockitoBean
    TroopPledgeRepository pledges;
    @MockitoBean
    ClaimListing listing;
    @MockitoBean
    org.claimboard.article.ArticleRepository articles;
    @MockitoBean
    CorrectionReader corrections;

    @Test
    void ledgerShowsEveryReportedStanceWithNumberSourceAndSentenceThenTheClaimsWithTheirVerdicts() throws Exception {
        when(countries.findById("GB")).thenReturn(Optional.of(Country.of("GB")));
        var article = Fixtures.article(1, Fixtures.TIMES_SENTENCE);
        var claim = Fixtures.claim(11, article, Fixtures.TIMES_SENTENCE, Fixtures.outlet(3, "The Times"), "GB");
        when(pledges.findLedger(eq("GB"), any())).thenReturn(new PageImpl<>(List.of(
                Fixtures.pledge(1, claim, "GB", Stance.DECLINED, null),
                Fixtures.pledge(2, claim, "GB", Stance.OFFERED, 10_000))));
        when(listing.search(argThat(f -> f.countries().equals(Set.of("GB"))), any()))
                .thenReturn(new PageImpl<>(List.of(Fixtures.timesRow())));
        when(corrections.verdictsOn(List.of(Fixtures.timesRow()))).thenReturn(Fixtures.disputedTimesRow());

        String html = mvc.perform(get("/countries/gb")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<h1>United Kingdom</h1>").contains("stance-declined").contains("stance-offered")
                .contains("10,000").contains("href=\"/outlets/the-times\"")
                .contains("href=\"/articles/1#claim-11\"").contains("Claims about United Kingdom")
                .contains("class=\"badge verdict verdict-disputed\"")
                .contains("href=\"/timeline?country=GB\"")
                .containsPattern("Latest reported stance:</span>\\s*<span class=\"badge stance-declined\"");
    }

    @Test
    void indexListsCountriesWithTheirLatestStance() throws Exception {
        when(claims.tallyByCountry()).thenReturn(List.of(new CountryTally("PL", "Poland", 3)));
        var claim = Fixtures.claim(11, Fixtures.article(1, "Poland declined."), "Poland declined.", null, "PL");
        when(pledges.findLatestPerActorForLists()).thenReturn(List.of(Fixtures.pledge(1, claim, "PL", Stance.DECLINED, null)));
        String html = mvc.perform(get("/countries")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/countries/PL\">Poland</a>").contains("stance-declined")
                .contains("href=\"/claims?country=PL\">3</a>");
    }

    @Nested
    class NotFound {
        @Test
        void unknownCodeGivesA404Page() throws Exception {
            when(countries.findById("XX")).thenReturn(Optional.empty());
            String html = mvc.perform(get("/countries/XX")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Country “XX” does not exist.");
        }
    }

    @Nested
    class BadParams {
        @Test
        void nonNumericLedgerPageGivesA400Page() throws Exception {
            when(countries.findById("GB")).thenReturn(Optional.of(Country.of("GB")));
            when(pledges.findLedger(any(), any())).thenReturn(Page.empty());
            mvc.perform(get("/countries/GB").param("ledger", "two")).andExpect(status().isBadRequest());
        }
    }
}
