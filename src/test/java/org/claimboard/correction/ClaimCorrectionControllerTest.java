package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.claimboard.claim.Verdict.Rating;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.claimboard.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@Import(SecurityConfiguration.class)
@WebMvcTest(ClaimCorrectionController.class)
class ClaimCorrectionControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimCorrections corrections;
    @MockitoBean
    VerdictService verdicts;
    @MockitoBean
    CorrectionReader reader;

    @BeforeEach
    void aClaimOfTheTimes() {
        VerdictView disputed = new VerdictView(11, Rating.DISPUTED, "Denied by Berlin.", "admin", Instant.now());
        when(reader.claim(1, 11)).thenReturn(new EditViews.ClaimEdit(1, "An article", 11,
                "The Times reported an offer.", List.of(Fixtures.timesRow().pledges().get(0)), disputed,
                new ClaimForm("the-times", null, "FR, GB", LocalDate.of(2025, 4, 10)),
                new VerdictForm(Rating.DISPUTED, "Denied by Berlin.")));
        when(reader.outlets()).thenReturn(List.of(Fixtures.outlet(3, "The Times")));
        when(corrections.correct(anyLong(), anyLong(), any(), anyString())).thenReturn(11L);
    }

    private static MockHttpServletRequestBuilder save(String countries, String date) {
        return post("/articles/1/claims/11").param("outlet", "the-times").param("speaker", "Keir Starmer")
                .param("countries", countries).param("date", date);
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theEditPageShowsTheClaimItsStancesAndItsVerdict() throws Exception {
        String page = html(get("/articles/1/claims/11/edit").with(user("admin")), 200);
        assertThat(page).contains("The Times reported an offer.")
                .contains("<option value=\"the-times\" selected=\"selected\">The Times</option>")
                .contains("value=\"FR, GB\"").contains("value=\"2025-04-10\"")
                .contains("class=\"badge verdict verdict-disputed\"").contains("Denied by Berlin.")
                .contains("href=\"/articles/1/pledges/21/edit\"").contains("action=\"/articles/1/claims/11/verdict\"")
                .contains("action=\"/articles/1/claims/11/delete\"").doesNotContain("style=");
    }

    @Test
    void savingCorrectsTheClaimAndGoesBackToItsAnchor() throws Exception {
        mvc.perform(save("pl, fr", "2025-04-11").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/articles/1#claim-11"))
                .andExpect(flash().attribute("correctionNotice", "correction.claim.saved"));
        verify(corrections).correct(1, 11, new ClaimForm("the-times", "Keir Starmer", "pl, fr",
                LocalDate.of(2025, 4, 11)), "admin");
    }

    @Test
    void aVerdictWithANoteIsSavedForTheSignedInUser() throws Exception {
        mvc.perform(post("/articles/1/claims/11/verdict").param("verdict", "DISPUTED").param("note", "No source.")
                        .with(user("checker")).with(csrf()))
                .andExpect(redirectedUrl("/articles/1#claim-11"))
                .andExpect(flash().attribute("correctionNotice", "correction.verdict.saved"));
        verify(verdicts).decide(1, 11, new VerdictForm(Rating.DISPUTED, "No source."), "checker");
    }

    @Test
    void deletingGoesBackToTheArticle() throws Exception {
        mvc.perform(post("/articles/1/claims/11/delete").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/articles/1"));
        verify(corrections).delete(1, 11, "admin");
    }

    @Nested
    class InvalidInput {
        @Test
        void countriesThatAreNoCodesAreShownBackWithAnError() throws Exception {
            String page = html(save("Poland", "2025-04-11").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("value=\"Poland\"").contains("Write two-letter ISO codes")
                    .contains("value=\"Keir Starmer\"");
            verifyNoInteractions(corrections);
        }

        @Test
        void anImpossibleDateIsShownBackWithAnError() throws Exception {
            String page = html(save("PL", "2025-13-40").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("value=\"2025-13-40\"").contains("Write the date as YYYY-MM-DD");
            verifyNoInteractions(corrections);
        }

        @Test
        void anUnknownVerdictIsRefused() throws Exception {
            String page = html(post("/articles/1/claims/11/verdict").param("verdict", "TRUE").param("note", "x")
                    .with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("Choose verified, disputed or unverified.");
            verifyNoInteractions(verdicts);
        }

        @Test
        void anUnknownCountryCodeFromTheServiceIsShownOnTheField() throws Exception {
            when(corrections.correct(anyLong(), anyLong(), any(), anyString()))
                    .thenThrow(new CorrectionRejected("countries", "correction.country.unknown"));
            String page = html(save("XX", "").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("That is not a country code.").contains("value=\"XX\"");
        }
    }

    @Nested
    class UnknownId {
        @Test
        void editingAnUnknownClaimGivesA404Page() throws Exception {
            when(reader.claim(1, 99)).thenThrow(new NotFoundException("Claim", 99));
            assertThat(html(get("/articles/1/claims/99/edit").with(user("admin")), 404))
                    .contains("Claim “99” does not exist.");
        }

        @Test
        void judgingAnUnknownClaimGivesA404Page() throws Exception {
            doThrow(new NotFoundException("Claim", 99)).when(verdicts).decide(anyLong(), anyLong(), any(), anyString());
            html(post("/articles/1/claims/99/verdict").param("verdict", "VERIFIED").with(user("admin")).with(csrf()),
                    404);
        }
    }

    @Nested
    class Anonymous {
        @Test
        void theEditPageAsksToSignIn() throws Exception {
            mvc.perform(get("/articles/1/claims/11/edit")).andExpect(redirectedUrl("/login"));
        }

        @Test
        void aVerdictAsksToSignInAndIsNotSaved() throws Exception {
            mvc.perform(post("/articles/1/claims/11/verdict").param("verdict", "VERIFIED").with(csrf()))
                    .andExpect(redirectedUrl("/login"));
            verifyNoInteractions(verdicts);
        }
    }

    @Nested
    class NoCsrf {
        @Test
        void aVerdictWithoutTheTokenIsForbidden() throws Exception {
            mvc.perform(post("/articles/1/claims/11/verdict").param("verdict", "VERIFIED").with(user("admin")))
                    .andExpect(status().isForbidden());
            verifyNoInteractions(verdicts);
        }

        @Test
        void deletingWithoutTheTokenIsForbidden() throws Exception {
            mvc.perform(post("/articles/1/claims/11/delete").with(user("admin"))).andExpect(status().isForbidden());
            verifyNoInteractions(corrections);
        }
    }
}
