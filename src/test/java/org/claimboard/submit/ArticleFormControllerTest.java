package org.claimboard.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.ingest.IngestOutcome;
import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

@Import(SecurityConfiguration.class)
@WebMvcTest(ArticleFormController.class)
class ArticleFormControllerTest {

    static final String TEXT = "Poland said on Tuesday it would not send troops to Ukraine.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleSubmission submission;

    MockHttpServletRequestBuilder paste(String... fields) {
        MockHttpServletRequestBuilder request = post("/articles").with(user("admin")).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAddPageShowsThreeFormsWithCsrfTokens() throws Exception {
        String html = body(mvc.perform(get("/articles/new").with(user("admin"))).andExpect(status().isOk()));
        assertThat(html).contains("id=\"paste-form\"").contains("id=\"upload-form\"").contains("id=\"fetch-form\"")
                .contains("enctype=\"multipart/form-data\"").contains("href=\"/articles/new\"")
                .doesNotContain("?_csrf=");
        for (String form : new String[] {"paste-form", "upload-form", "fetch-form"}) {
            String rest = html.substring(html.indexOf("id=\"" + form + "\""));
            assertThat(rest.substring(0, rest.indexOf("</form>"))).as(form).contains("name=\"_csrf\"");
        }
    }

    @Test
    void aPastedArticleLeadsToItsPageWithAMessageAndItsMetadata() throws Exception {
        when(submission.text(any())).thenReturn(IngestOutcome.added(42L, "pasted text"));
        when(submission.describe(42L)).thenReturn(new SubmittedArticle(42, "T", 3, "/articles/42"));

        mvc.perform(paste("text", TEXT, "title", "Poland says no", "published", "2025-04-26",
                        "source", "https://example.org/a", "author", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/articles/42"))
                .andExpect(flash().attribute("flashMessage", "Article added: 3 claims found. The highlights show where."));

        ArgumentCaptor<ArticleInput> input = ArgumentCaptor.forClass(ArticleInput.class);
        verify(submission).text(input.capture());
        assertThat(input.getValue()).isEqualTo(new ArticleInput(TEXT, "Poland says no", null, null,
                LocalDate.of(2025, 4, 26), "https://example.org/a"));
    }

    @Test
    void aSyndicatedCopyIsAddedAndTheMessageNamesTheArticleItRepeats() throws Exception {
        when(submission.text(any())).thenReturn(IngestOutcome.added(1042L, "pasted text", 1007L));
        when(submission.describe(1042L)).thenReturn(new SubmittedArticle(1042, "T", 2, "/articles/1042"));

        mvc.perform(paste("text", TEXT))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/articles/1042"))
                .andExpect(flash().attribute("flashMessage", "Article added: 2 claims found. The highlights show where."
                        + " It tells the same story as article 1007 (a syndicated copy), and is linked to it."));
    }

    @Test
    void aDuplicatePasteLeadsToTheStoredArticleAndSaysSo() throws Exception {
        when(submission.text(any())).thenReturn(IngestOutcome.duplicate(7L, "pasted text"));
        mvc.perform(paste("text", TEXT)).andExpect(redirectedUrl("/articles/7"))
                .andExpect(flash().attribute("flashMessage",
                        "This text is already stored: this is the stored article, nothing was added."));
    }

    @Test
    void aFetchedPageLeadsToItsArticle() throws Exception {
        when(submission.url(eq("https://example.org/news"), any())).thenReturn(IngestOutcome.added(5L, "x"));
        when(submission.describe(5L)).thenReturn(new SubmittedArticle(5, "T", 0, "/articles/5"));
        mvc.perform(post("/articles/fetch").with(user("admin")).with(csrf()).param("url", "https://example.org/news"))
                .andExpect(redirectedUrl("/articles/5"));
    }

    @Test
    void anUploadReportsEveryFileGoodAndBad() throws Exception {
        when(submission.file(eq("a.txt"), any())).thenReturn(IngestOutcome.added(1L, "a.txt"));
        when(submission.file(eq("b.html"), any())).thenReturn(IngestOutcome.duplicate(2L, "b.html"));
        when(submission.file(eq("c.txt"), any())).thenReturn(IngestOutcome.failed("c.txt",
                "the file is not valid UTF-8 (save it as UTF-8 and try again)"));
        String html = body(mvc.perform(multipart("/articles/upload").file(file("a.txt", "A")).file(file("b.html", "B"))
                .file(file("c.txt", "C")).with(user("admin")).with(csrf())).andExpect(status().isOk()));
        assertThat(html).contains("href=\"/articles/1\"").contains("href=\"/articles/2\"").contains("already stored")
                .contains("The file is not valid UTF-8 (save it as UTF-8 and try again)");
    }

    static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class BadPastes {

        @Test
        void emptyTextIsRefusedWithTheInputKept() throws Exception {
            String html = body(mvc.perform(paste("text", "", "title", "My <b>title</b>"))
                    .andExpect(status().isBadRequest()));
            assertThat(html).contains("Enter the article&#39;s text").contains("value=\"My &lt;b&gt;title&lt;/b&gt;\"");
            verify(submission, never()).text(any());
        }

        @Test
        void whitespaceOnlyTextIsRefused() throws Exception {
            String html = body(mvc.perform(paste("text", "  \n\t  ")).andExpect(status().isBadRequest()));
            assertThat(html).contains("it is empty or only spaces");
            verify(submission, never()).text(any());
        }

        @Test
        void aMissingTextParameterIsRefused() throws Exception {
            mvc.perform(paste()).andExpect(status().isBadRequest());
        }

        @Test
        void anImpossibleDateIsRefusedAndShownAsTyped() throws Exception {
            String html = body(mvc.perform(paste("text", TEXT, "published", "2025-02-30"))
                    .andExpect(status().isBadRequest()));
            assertThat(html).contains("Write the date as YYYY-MM-DD").contains("value=\"2025-02-30\"")
                    .contains(TEXT);
            verify(submission, never()).text(any());
        }

        @Test
        void aSourceThatIsNoWebAddressIsRefused() throws Exception {
            String html = body(mvc.perform(paste("text", TEXT, "source", "javascript:alert(1)"))
                    .andExpect(status().isBadRequest()));
            assertThat(html).contains("must be a web address");
        }

        @Test
        void aTextTheIngestRefusesIsShownWithItsReason() throws Exception {
            when(submission.text(any())).thenReturn(IngestOutcome.failed("pasted text",
                    "the text contains NUL characters: binary data, not an article"));
            String html = body(mvc.perform(paste("text", "a\u0000b")).andExpect(status().isBadRequest()));
            assertThat(html).contains("The text contains NUL characters: binary data, not an article.");
        }
    }

    @Nested
    class BadUploads {

        @Test
        void noFileChosenIsRefused() throws Exception {
            String html = body(mvc.perform(multipart("/articles/upload")
                            .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                            .with(user("admin")).with(csrf()))
                    .andExpect(status().isBadRequest()));
            assertThat(html).contains("Choose at least one .txt or .html file.");
            verify(submission, never()).file(anyString(), any());
        }

        @Test
        void anUploadOverTheLimitGetsA413PageSayingWhatTheLimitsAre() throws Exception {
            when(submission.file(eq("big.txt"), any())).thenThrow(new MaxUploadSizeExceededException(5L << 20));
            String html = body(mvc.perform(multipart("/articles/upload").file(file("big.txt", "x"))
                    .with(user("admin")).with(csrf())).andExpect(status().is(413)));
            assertThat(html).contains("The upload is too large: each file may be at most 5 MB");
        }

        @Test
        void whenEveryFileFailsTheAnswerIsA400ListingTheReasons() throws Exception {
            when(submission.file(eq("binary.txt"), any())).thenReturn(IngestOutcome.failed("binary.txt",
                    "the text contains NUL characters: binary data, not an article"));
            String html = body(mvc.perform(multipart("/articles/upload").file(file("binary.txt", "\0\0"))
                    .with(user("admin")).with(csrf())).andExpect(status().isBadRequest()));
            assertThat(html).contains("binary.txt").contains("binary data, not an article");
        }
    }

    @Nested
    class BadFetches {

        @Test
        void anEmptyAddressIsRefused() throws Exception {
            String html = body(mvc.perform(post("/articles/fetch").with(user("admin")).with(csrf()).param("url", " "))
                    .andExpect(status().isBadRequest()));
            assertThat(html).contains("Enter the web address of a page.");
        }

        @Test
        void theFetchersMessageIsShownWithTheAddressKept() throws Exception {
            when(submission.url(eq("http://127.0.0.1:9/x"), any())).thenReturn(IngestOutcome.failed(
                    "http://127.0.0.1:9/x", "This address is not on the public internet"));
            String html = body(mvc.perform(post("/articles/fetch").with(user("admin")).with(csrf())
                    .param("url", "http://127.0.0.1:9/x")).andExpect(status().isBadRequest()));
            assertThat(html).contains("This address is not on the public internet.")
                    .contains("value=\"http://127.0.0.1:9/x\"");
        }
    }

    @Nested
    class Security {

        @Test
        void anonymousVisitorsAreSentToSignInForTheForm() throws Exception {
            mvc.perform(get("/articles/new")).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }

        @Test
        void anonymousPostsAreSentToSignIn() throws Exception {
            mvc.perform(post("/articles").with(csrf()).param("text", TEXT))
                    .andExpect(redirectedUrl("/login"));
            mvc.perform(multipart("/articles/upload").file(file("a.txt", TEXT)).with(csrf()))
                    .andExpect(redirectedUrl("/login"));
            mvc.perform(post("/articles/fetch").with(csrf()).param("url", "https://example.org"))
                    .andExpect(redirectedUrl("/login"));
            verify(submission, never()).text(any());
        }

        @Test
        void aPostWithoutCsrfTokenIsForbidden() throws Exception {
            mvc.perform(post("/articles").with(user("admin")).param("text", TEXT)).andExpect(status().isForbidden());
            mvc.perform(multipart("/articles/upload").file(file("a.txt", TEXT)).with(user("admin")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/articles/fetch").with(user("admin")).param("url", "https://example.org"))
                    .andExpect(status().isForbidden());
            verify(submission, never()).text(any());
            verify(submission, never()).file(anyString(), any());
        }

        @Test
        void signedInEditorsSeeTheAddLinkInTheNav() throws Exception {
            String html = body(mvc.perform(get("/articles/new").with(user("admin"))));
            assertThat(html).contains("id=\"nav-add\"");
        }
    }
}
