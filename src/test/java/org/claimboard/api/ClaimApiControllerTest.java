package org.claimboard.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.claimboard.claim.ClaimListing;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.PledgeListing;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(ClaimApiController.class)
class ClaimApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimListing claims;

    @MockitoBean
    PledgeListing pledges;

    @BeforeEach
    void data() {
        when(claims.search(any(), any())).thenAnswer(call -> new PageImpl<>(List.of(Fixtures.timesRow()),
                call.getArgument(1, Pageable.class), 31));
        when(pledges.search(any(), any())).thenAnswer(call -> new PageImpl<>(
                List.of(Fixtures.view("PL", Stance.CONSIDERING, 2_000, "Reuters", 5)),
                call.getArgument(1, Pageable.class), 1));
    }

    @Test
    void claimsComeAsAPageWithTheirSourceCountriesDatePledgesAndALinkToTheSentence() throws Exception {
        mvc.perform(get("/api/claims").param("size", "10").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.totalItems").value(31))
                .andExpect(jsonPath("$.totalPages").value(4))
                .andExpect(jsonPath("$.items[0].id").value(11))
                .andExpect(jsonPath("$.items[0].text").value(Fixtures.TIMES_SENTENCE))
                .andExpect(jsonPath("$.items[0].outlet").value("The Times"))
                .andExpect(jsonPath("$.items[0].countries[0]").value("FR"))
                .andExpect(jsonPath("$.items[0].countries[1]").value("GB"))
                .andExpect(jsonPath("$.items[0].date").value("--04-10"))
                .andExpect(jsonPath("$.items[0].datePrecision").value("month_day"))
                .andExpect(jsonPath("$.items[0].link").value("/articles/1#claim-11"))
                .andExpect(jsonPath("$.items[0].pledges[0].stance").value("offered"))
                .andExpect(jsonPath("$.items[0].pledges[0].troops").value(10_000));
        verify(claims).search(any(), argThat(p -> p.getPageNumber() == 1 && p.getPageSize() == 10));
    }

    @Test
    void claimsTakeTheClaimsPagesFilters() throws Exception {
        mvc.perform(get("/api/claims").param("country", "pl", "GB").param("outlet", "the-times")
                .param("status", "declined").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("q", "troops")).andExpect(status().isOk());
        verify(claims).search(argThat(f -> f.countries().equals(Set.of("PL", "GB"))
                && "the-times".equals(f.outlet()) && f.stance() == Stance.DECLINED
                && LocalDate.of(2025, 1, 1).equals(f.from()) && LocalDate.of(2025, 12, 31).equals(f.to())
                && "troops".equals(f.q())), any());
    }

    @Test
    void pledgesTakeTheSameFilters() throws Exception {
        mvc.perform(get("/api/pledges").param("country", "PL").param("status", "considering"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value("PL"))
                .andExpect(jsonPath("$.items[0].stance").value("considering"))
                .andExpect(jsonPath("$.items[0].troops").value(2_000))
                .andExpect(jsonPath("$.items[0].outlet").value("Reuters"))
                .andExpect(jsonPath("$.totalItems").value(1));
        verify(pledges).search(argThat(f -> f.countries().equals(Set.of("PL"))
                && f.stance() == Stance.CONSIDERING), any());
    }

    @Nested
    class ABadDate {

        @Test
        void isA400InTheApisErrorShape() throws Exception {
            mvc.perform(get("/api/claims").param("from", "10/04/2025"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.error").value("Bad Request"))
                    .andExpect(jsonPath("$.message").value(
                            "\u201C10/04/2025\u201D is not a date. Write dates as YYYY-MM-DD, e.g. 2025-04-10."));
            verifyNoInteractions(claims);
        }

        @Test
        void isA400ForPledgesToo() throws Exception {
            mvc.perform(get("/api/pledges").param("to", "soon"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
            verify(pledges, never()).search(any(), any());
        }
    }

    @Nested
    class AnUnknownStance {

        @Test
        void isA400NamingTheStances() throws Exception {
            mvc.perform(get("/api/claims").param("status", "maybe"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("offered")));
        }
    }

    @Nested
    class APageNumberThatIsNoPositiveInt {

        @Test
        void isA400LikePageZeroNotTheFirstPage() throws Exception {
            for (String page : new String[] {"0", "99999999999", "2147483648"}) {
                mvc.perform(get("/api/claims").param("page", page))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.message").value(
                                "\u201C" + page + "\u201D is not a valid page number."));
            }
            verifyNoInteractions(claims);
        }

        @Test
        void theLargestIntIsStillAPage() throws Exception {
            mvc.perform(get("/api/claims").param("page", "2147483647")).andExpect(status().isOk());
        }
    }

    @Nested
    class APageSizeOverTheMaximum {

        @Test
        void isA400() throws Exception {
            mvc.perform(get("/api/claims").param("size", "101"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("100")));
            verifyNoInteractions(claims);
        }

        @Test
        void isA400WhenNotANumber() throws Exception {
            mvc.perform(get("/api/pledges").param("size", "lots"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value("The parameter \u201Csize\u201D cannot be \u201Clots\u201D."));
        }

        @Test
        void theMaximumItselfIsFine() throws Exception {
            mvc.perform(get("/api/claims").param("size", "100")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.size").value(100));
        }
    }

    @Nested
    class AnUnexpectedFailure {

        @Test
        void isA500WithoutAStackTrace() throws Exception {
            doThrow(new IllegalStateException("secret internals at line 42")).when(claims).search(any(), any());
            mvc.perform(get("/api/claims"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(500))
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("secret internals"))));
        }
    }
}
