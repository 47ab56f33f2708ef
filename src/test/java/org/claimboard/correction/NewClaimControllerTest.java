package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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

import java.util.List;

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

@Import(SecurityConfiguration.class)
@WebMvcTest(NewClaimController.class)
class NewClaimControllerTest {

    static final EditViews.SentenceChoice CLAIMED =
            new EditViews.SentenceChoice(0, 0, 20, "Poland said no <b>.", true);
    static final EditViews.SentenceChoice FREE = new EditViews.SentenceChoice(1, 21, 40, "Spain may join later.", false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimCorrections corrections;
    @MockitoBean
    CorrectionReader reader;

    @BeforeEach
    void twoSentences() {
        when(reader.sentences(1, null, null)).thenReturn(new EditViews.NewClaim(1, "An article",
                List.of(CLAIMED, FREE), null));
        when(reader.sentences(1, 21, 40)).thenReturn(new EditViews.NewClaim(1, "An article",
                List.of(CLAIMED, FREE), FREE));
    }

    @Test
    void withoutASentenceEverySentenceWithoutAClaimGetsALink() throws Exception {
        String page = mvc.perform(get("/articles/1/claims/new").with(user("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/articles/1/claims/new?start=21&amp;end=40\"")
                .doesNotContain("start=0&amp;end=20").contains("Poland said no &lt;b&gt;.");
    }

    @Test
    void withASentenceTheFormCarriesItsOffsets() throws Exception {
        String page = mvc.perform(get("/articles/1/claims/new").param("start", "21").param("end", "40")
                .with(user("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Spain may join later.").contains("name=\"start\" value=\"21\"")
                .contains("name=\"end\" value=\"40\"").contains("action=\"/articles/1/claims\"");
    }

    @Test
    void addingGoesToTheNewClaim() throws Exception {
        when(corrections.add(anyLong(), anyInt(), anyInt(), any(), anyString())).thenReturn(77L);
        mvc.perform(post("/articles/1/claims").param("start", "21").param("end", "40").param("countries", "ES")
                        .with(user("admin")).with(csrf()))
                .andExpect(redirectedUrl("/articles/1#claim-77"))
                .andExpect(flash().attribute("correctionNotice", "correction.claim.added"));
        verify(corrections).add(1, 21, 40, new ClaimForm(null, null, "ES", null), "admin");
    }

    @Nested
    class Refused {
        @Test
        void aSentenceThatAlreadyHasAClaimIsShownAsAnErrorWithA400() throws Exception {
            when(corrections.add(anyLong(), anyInt(), anyInt(), any(), anyString()))
                    .thenThrow(new CorrectionRejected(null, "correction.claim.exists"));
            String page = mvc.perform(post("/articles/1/claims").param("start", "21").param("end", "40")
                            .param("speaker", "Pedro").with(user("admin")).with(csrf()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("This sentence already has a claim").contains("value=\"Pedro\"");
        }

        @Test
        void anUnknownSentenceGivesA404Page() throws Exception {
            when(reader.sentences(1, 5, 6)).thenThrow(new NotFoundException("Sentence", "5–6"));
            mvc.perform(get("/articles/1/claims/new").param("start", "5").param("end", "6").with(user("admin")))
                    .andExpect(status().isNotFound());
        }

        @Test
        void anonymousReadersAreSentToSignIn() throws Exception {
            mvc.perform(get("/articles/1/claims/new")).andExpect(redirectedUrl("/login"));
            mvc.perform(post("/articles/1/claims").param("start", "21").param("end", "40").with(csrf()))
                    .andExpect(redirectedUrl("/login"));
            verifyNoInteractions(corrections);
        }

        @Test
        void withoutTheTokenAddingIsForbidden() throws Exception {
            mvc.perform(post("/articles/1/claims").param("start", "21").param("end", "40").with(user("admin")))
                    .andExpect(status().isForbidden());
            verifyNoInteractions(corrections);
        }
    }
}
