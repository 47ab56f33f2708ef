package org.claimboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The real filter chains on the whole app: open reading, login for changes, CSRF, headers, the API's 401. */
@SpringBootTest(properties = {"claimboard.admin.password=correct horse",
        "claimboard.users.reader={noop}reader-secret"})
@AutoConfigureMockMvc
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneMayReadThePages() throws Exception {
        mvc.perform(get("/claims")).andExpect(status().isOk()).andExpect(unauthenticated());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAllowingOnlyTheAppsOwnScriptsAndStyles() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
                .contains("style-src 'self';").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void readingAPageStartsNoSession() throws Exception {
        assertThat(mvc.perform(get("/claims")).andReturn().getRequest().getSession(false)).isNull();
    }

    @Test
    void theSignInPageHasACsrfProtectedForm() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("name=\"_csrf\"").contains("name=\"password\"");
    }

    @Nested
    class SigningIn {

        @Test
        void theAdminSignsInWithTheConfiguredPassword() throws Exception {
            mvc.perform(formLogin().user("admin").password("correct horse"))
                    .andExpect(authenticated().withUsername("admin").withRoles(Accounts.EDITOR));
        }

        @Test
        void anAccountFromConfigurationSignsInWithItsHashedPassword() throws Exception {
            mvc.perform(formLogin().user("reader").password("reader-secret"))
                    .andExpect(authenticated().withUsername("reader"));
        }

        @Test
        void aWrongPasswordIsRefusedWithAMessage() throws Exception {
            mvc.perform(formLogin().user("admin").password("wrong"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
            String html = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("do not match an account");
        }

        @Test
        void aSignedInEditorSeesTheirNameAndASignOutButton() throws Exception {
            String html = mvc.perform(get("/claims").with(user("admin")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Sign out").contains(">admin<").doesNotContain("href=\"/login\"");
            String stranger = mvc.perform(get("/claims")).andReturn().getResponse().getContentAsString();
            assertThat(stranger).contains("href=\"/login\"").doesNotContain("Sign out");
        }
    }

    @Nested
    class Changes {

        @Test
        void anEditorsFormPageSendsAStrangerToSignIn() throws Exception {
            mvc.perform(get("/articles/new")).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }

        @Test
        void aChangeWithoutSigningInSendsAStrangerToSignIn() throws Exception {
            mvc.perform(post("/articles/1/anything").with(csrf())).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }

        @Test
        void aFormSentWithoutItsCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
            mvc.perform(post("/logout").with(user("admin")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void signingOutWithTheTokenWorksAndSaysSo() throws Exception {
            mvc.perform(post("/logout").with(user("admin")).with(csrf())).andExpect(redirectedUrl("/login?logout"));
            String html = mvc.perform(get("/login?logout")).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("You are signed out.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/articles/ne%77", "/articles/%6Eew", "/articles/1/claims/1/edi%74"})
        void anEditorsPageWithAnEncodedLetterStillSendsAStrangerToSignIn(String path) throws Exception {
            mvc.perform(get(java.net.URI.create(path))).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Nested
    class Api {

        @Test
        void readingIsOpen() throws Exception {
            mvc.perform(get("/api/claims")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        }

        @Test
        void anUnknownAddressIsAJson404EvenForABrowser() throws Exception {
            mvc.perform(get("/api/no-such-thing").accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.message").value("There is no API endpoint at /api/no-such-thing."));
        }

        @Test
        void aMethodAnAddressDoesNotTakeIsAJson405NamingTheOnesItDoes() throws Exception {
            mvc.perform(delete("/api/articles").with(httpBasic("admin", "correct horse")))
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")))
                    .andExpect(jsonPath("$.status").value(405))
                    .andExpect(jsonPath("$.message").value("/api/articles does not accept DELETE requests."));
        }

        @Test
        void aChangeWithoutCredentialsGetsA401InJsonWithTheBasicChallenge() throws Exception {
            mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Claimboard\""))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("credentials")));
        }

        @Test
        void wrongCredentialsGetA401Too() throws Exception {
            mvc.perform(post("/api/articles").with(httpBasic("admin", "wrong"))
                            .contentType(MediaType.APPLICATION_JSON).content("{}"))
                    .andExpect(status().isUnauthorized());
        }
    }
}
