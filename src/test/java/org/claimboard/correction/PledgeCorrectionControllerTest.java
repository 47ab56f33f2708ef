package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.security.SecurityConfiguration;
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
@WebMvcTest(PledgeCorrectionController.class)
class PledgeCorrectionControllerTest {

    static final PledgeForm OFFER = new PledgeForm("GB", Stance.OFFERED, 10_000, null, Qualifier.ABOUT,
            ForceKind.TROOPS);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PledgeCorrections corrections;
    @MockitoBean
    CorrectionReader reader;

    @BeforeEach
    void aPledgeOfTheUk() {
        when(reader.pledge(1, 5)).thenReturn(new EditViews.PledgeEdit(1, "An article", 10, 5L,
                "Britain will send about 10,000 troops.", OFFER));
        when(reader.newPledge(1, 10)).thenReturn(new EditViews.PledgeEdit(1, "An article", 10, null,
                "Britain will send about 10,000 troops.", PledgeForm.empty()));
        when(corrections.correct(anyLong(), anyLong(), any(), anyString())).thenReturn(10L);
    }

    private static MockHttpServletRequestBuilder save(String troops, String stance) {
        return post("/articles/1/pledges/5").param("actor", "GB").param("stance", stance)
                .param("troops", troops).param("qualifier", "").param("kind", "TROOPS");
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theEditPageShowsThePledgeInItsFormWithADeleteButton() throws Exception {
        String page = html(get("/articles/1/pledges/5/edit").with(user("admin")), 200);
        assertThat(page).contains("Britain will send about 10,000 troops.").contains("value=\"GB\"")
                .contains("value=\"10000\"").contains("<option value=\"OFFERED\" selected=\"selected\">")
                .contains("action=\"/articles/1/pledges/5\"").contains("action=\"/articles/1/pledges/5/delete\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void savingCorrectsThePledgeAndGoesBackToItsClaimWithAMessage() throws Exception {
        mvc.perform(save("2000", "DECLINED").with(user("admin")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/articles/1#claim-10"))
                .andExpect(flash().attribute("correctionNotice", "correction.pledge.saved"));
        verify(corrections).correct(1, 5, new PledgeForm("GB", Stance.DECLINED, 2000, null, null, ForceKind.TROOPS),
                "admin");
    }

    @Test
    void deletingGoesBackToTheClaim() throws Exception {
        when(corrections.delete(1, 5, "admin")).thenReturn(10L);
        mvc.perform(post("/articles/1/pledges/5/delete").with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/articles/1#claim-10"))
                .andExpect(flash().attribute("correctionNotice", "correction.pledge.deleted"));
        verify(corrections).delete(1, 5, "admin");
    }

    @Test
    void addingAPledgeToAClaim() throws Exception {
        String page = html(get("/articles/1/claims/10/pledges/new").with(user("admin")), 200);
        assertThat(page).contains("action=\"/articles/1/claims/10/pledges\"").doesNotContain("/delete");
        mvc.perform(post("/articles/1/claims/10/pledges").param("actor", "coalition").param("stance", "PROPOSED")
                        .with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/articles/1#claim-10"));
        verify(corrections).add(1, 10, new PledgeForm("coalition", Stance.PROPOSED, null, null, null, null), "admin");
    }

    @Nested
    class InvalidNumber {
        @Test
        void lettersAreShownBackWithAnErrorAndA400() throws Exception {
            String page = html(save("lots", "DECLINED").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("value=\"lots\"").contains("Write a whole number from 0 to 2,000,000.")
                    .contains("<option value=\"DECLINED\" selected=\"selected\">");
            verifyNoInteractions(corrections);
        }

        @Test
        void aNegativeNumberIsRefused() throws Exception {
            String page = html(save("-5", "DECLINED").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("value=\"-5\"").contains("Write a whole number from 0 to 2,000,000.");
            verifyNoInteractions(corrections);
        }

        @Test
        void aRangeRunningBackwardsIsRefused() throws Exception {
            String page = html(save("5000", "OFFERED").param("troopsMax", "100").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("must not be smaller");
            verifyNoInteractions(corrections);
        }
    }

    @Nested
    class UnknownStance {
        @Test
        void aStanceNotListedIsRefusedWithTheInputKept() throws Exception {
            String page = html(save("2000", "MAYBE").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("Choose one of the stances listed.").contains("value=\"2000\"");
            verifyNoInteractions(corrections);
        }

        @Test
        void aMissingStanceIsRefused() throws Exception {
            String page = html(save("2000", "").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("Choose a stance.");
        }
    }

    @Nested
    class UnknownActor {
        @Test
        void aCodeThatIsNoCountryIsShownOnTheActorField() throws Exception {
            when(corrections.correct(anyLong(), anyLong(), any(), anyString()))
                    .thenThrow(new CorrectionRejected("actor", "correction.country.unknown"));
            String page = html(save("2000", "DECLINED").with(user("admin")).with(csrf()), 400);
            assertThat(page).contains("That is not a country code.");
        }
    }

    @Nested
    class UnknownId {
        @Test
        void editingAnUnknownPledgeGivesA404Page() throws Exception {
            when(reader.pledge(1, 99)).thenThrow(new NotFoundException("Pledge", 99));
            String page = html(get("/articles/1/pledges/99/edit").with(user("admin")), 404);
            assertThat(page).contains("Pledge “99” does not exist.");
        }

        @Test
        void savingAnUnknownPledgeGivesA404Page() throws Exception {
            when(corrections.correct(anyLong(), anyLong(), any(), anyString()))
                    .thenThrow(new NotFoundException("Pledge", 99));
            html(post("/articles/1/pledges/99").param("actor", "GB").param("stance", "OFFERED")
                    .with(user("admin")).with(csrf()), 404);
        }
    }

    @Nested
    class Anonymous {
        @Test
        void theEditPageAsksToSignIn() throws Exception {
            mvc.perform(get("/articles/1/pledges/5/edit")).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
            verifyNoInteractions(reader);
        }

        @Test
        void savingAsksToSignInAndChangesNothing() throws Exception {
            mvc.perform(save("2000", "DECLINED").with(csrf())).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
            verifyNoInteractions(corrections);
        }
    }

    @Nested
    class NoCsrf {
        @Test
        void savingWithoutTheTokenIsForbidden() throws Exception {
            mvc.perform(save("2000", "DECLINED").with(user("admin"))).andExpect(status().isForbidden());
            verifyNoInteractions(corrections);
        }

        @Test
        void deletingWithoutTheTokenIsForbidden() throws Exception {
            mvc.perform(post("/articles/1/pledges/5/delete").with(user("admin"))).andExpect(status().isForbidden());
            verifyNoInteractions(corrections);
        }
    }
}
