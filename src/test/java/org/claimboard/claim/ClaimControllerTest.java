package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimboard.correction.CorrectionReader;
import org.claimboard.correction.VerdictView;
import org.claimboard.country.Country;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.system.Fixtures;
import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@Import(SecurityConfiguration.class)
@WebMvcTest(ClaimController.class)
class ClaimControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimListing listing;

    @MockitoBean
    CountryRepository countries;

    @MockitoBean
    OutletRepository outlets;

    @MockitoBean
    CorrectionReader corrections;

    @BeforeEach
    void data() {
        when(countries.findAllByOrderByNameAsc()).thenReturn(List.of(Country.of("GB"), Country.of("PL")));
        when(outlets.findAllByOrderByNameAsc()).thenReturn(List.of(Fixtures.outlet(3, "The Times")));
        when(listing.search(any(), any())).thenAnswer(call -> new PageImpl<>(List.of(Fixtures.timesRow()),
                call.getArgument(1, Pageable.class), 1));
    }

    @Test
    void listsClaimsWithSourceCountriesDateAtItsPrecisionAndALinkIntoTheArticle() throws Exception {
        String html = mvc.perform(get("/claims")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(Fixtures.TIMES_SENTENCE)
                .contains("href=\"/articles/1#claim-11\"")
                .contains("href=\"/outlets/the-times\"")
                .contains("href=\"/countries/GB\"").contains("href=\"/countries/FR\"")
                .contains("10 April, year unknown").doesNotContain("10 April 2026")
                .contains("stance-offered").contains("10,000");
    }

    @Test
    void showsTheVerdictOnAJudgedClaim() throws Exception {
        when(corrections.verdictsOn(List.of(Fixtures.timesRow()))).thenReturn(Map.of(11L,
                new VerdictView(11, Verdict.Rating.VERIFIED, "Confirmed by the MoD.", "admin", Instant.now())));
        String html = mvc.perform(get("/claims")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("class=\"badge verdict verdict-verified\" title=\"Confirmed by the MoD.\">verified</span>");
    }

    @Test
    void passesEveryFilterToTheSearch() throws Exception {
        mvc.perform(get("/claims").param("country", "pl", "GB").param("outlet", "the-times")
                        .param("status", "declined").param("article", "7").param("from", "2025-01-01")
                        .param("to", "2025-12-31").param("q", "troops").param("page", "2"))
                .andExpect(status().isOk());
        verify(listing).search(argThat(f -> f.countries().equals(Set.of("PL", "GB"))
                        && "the-times".equals(f.outlet()) && f.stance() == Stance.DECLINED && f.articleId() == 7L
                        && LocalDate.of(2025, 1, 1).equals(f.from()) && LocalDate.of(2025, 12, 31).equals(f.to())
                        && "troops".equals(f.q())),
                argThat(p -> p.getPageNumber() == 1));
    }

    @Test
    void keepsTheFiltersInTheFormSoTheUrlStaysBookmarkable() throws Exception {
        String html = mvc.perform(get("/claims").param("country", "PL").param("q", "coalition"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("<option value=\"PL\"\\s+selected")
                .contains("value=\"coalition\"").contains("hx-push-url=\"true\"");
    }

    @Test
    void htmxRequestsGetOnlyTheResults() throws Exception {
        String html = mvc.perform(get("/claims").header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<section id=\"results\"").doesNotContain("<nav class=\"container\"")
                .contains(Fixtures.TIMES_SENTENCE);
    }

    @Test
    void paginationLinksKeepTheFilters() throws Exception {
        doReturn(new PageImpl<>(List.of(Fixtures.timesRow()), PageRequest.of(0, 25), 60))
                .when(listing).search(any(), any());
        String html = mvc.perform(get("/claims?country=PL"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/claims?country=PL&amp;page=2\"").contains("rel=\"next\"").doesNotContain("page=0");
    }

    @Nested
    class BadFilters {

        @Test
        void unknownStanceGivesAFriendlyMessageOnTheClaimsPage() throws Exception {
            MvcResult result = mvc.perform(get("/claims").param("status", "maybe"))
                    .andExpect(status().isBadRequest()).andReturn();
            String html = result.getResponse().getContentAsString();
            assertThat(html).contains("“maybe” is not a stance").contains("id=\"claim-filters\"")
                    .doesNotContain("Exception");
            verify(listing, never()).search(any(), any());
        }

        @Test
        void malformedDateGivesAFriendlyMessage() throws Exception {
            String html = mvc.perform(get("/claims").param("from", "2025-13-45").param("to", "yesterday"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("“2025-13-45” is not a date").contains("“yesterday” is not a date");
        }

        @Test
        void reversedDateRangeIsExplained() throws Exception {
            String html = mvc.perform(get("/claims").param("from", "2025-05-01").param("to", "2025-01-01"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("after the");
        }

        @Test
        void nonNumericArticleOrPageIsExplained() throws Exception {
            String html = mvc.perform(get("/claims").param("article", "abc").param("page", "0"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("“abc” is not a valid article id").contains("“0” is not a valid page number");
        }

        @Test
        void aPageNumberBeyondAnIntIsExplainedNotTurnedIntoPageOne() throws Exception {
            String html = mvc.perform(get("/claims").param("page", "99999999999"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("“99999999999” is not a valid page number");
            verify(listing, never()).search(any(), any());
        }
    }
}
