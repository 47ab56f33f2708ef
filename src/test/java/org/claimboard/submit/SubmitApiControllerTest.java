package org.claimboard.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.ingest.IngestOutcome;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.NotFoundException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@Import(SecurityConfiguration.class)
@WebMvcTest(SubmitApiController.class)
class SubmitApiControllerTest {

    static final String TEXT = "Poland said on Tuesday it would not send troops to Ukraine.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleSubmission submission;

    ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/articles").with(user("admin")).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aNewTextAnswers201WithItsLocationAndSummary() throws Exception {
        when(submission.text(any())).thenReturn(IngestOutcome.added(12L, "pasted text"));
        when(submission.describe(12L)).thenReturn(new SubmittedArticle(12, "Poland says no", 2, "/articles/12"));

        send("{\"text\":\"" + TEXT + "\",\"title\":\"Poland says no\",\"published\":\"2025-04-26\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/articles/12"))
                .andExpect(jsonPath("$.id").value(12)).andExpect(jsonPath("$.title").value("Poland says no"))
                .andExpect(jsonPath("$.claims").value(2)).andExpect(jsonPath("$.page").value("/articles/12"));

        ArgumentCaptor<ArticleInput> input = ArgumentCaptor.forClass(ArticleInput.class);
        verify(submission).text(input.capture());
        assertThat(input.getValue()).isEqualTo(new ArticleInput(TEXT, "Poland says no", null, null,
                LocalDate.of(2025, 4, 26), null));
    }

    @Test
    void htmlAndUrlGoToTheirOwnWays() throws Exception {
        when(submission.html(eq("<p>x</p>"), any())).thenReturn(IngestOutcome.added(3L, "pasted HTML"));
        when(submission.url(eq("https://example.org/a"), any())).thenReturn(IngestOutcome.added(4L, "u"));
        when(submission.describe(any(Long.class))).thenReturn(new SubmittedArticle(3, "t", 0, "/articles/3"));
        send("{\"html\":\"<p>x</p>\"}").andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/articles/3"));
        send("{\"url\":\"https://example.org/a\"}").andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/articles/4"));
    }

    @Test
    void aDuplicateAnswers409WithTheStoredArticlesId() throws Exception {
        when(submission.text(any())).thenReturn(IngestOutcome.duplicate(9L, "pasted text"));
        send("{\"text\":\"" + TEXT + "\"}").andExpect(status().isConflict())
                .andExpect(header().string("Location", "/api/articles/9"))
                .andExpect(jsonPath("$.id").value(9)).andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.message").value("This text is already stored as article 9."));
    }

    @Nested
    class BadRequests {

        void refused(String json, String message) throws Exception {
            send(json).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(400)).andExpect(jsonPath("$.error").value("Bad Request"))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(message)));
        }

        @Test
        void noneOfTextHtmlOrUrl() throws Exception {
            refused("{\"title\":\"t\"}", "exactly one of \"text\", \"html\" or \"url\" (got 0)");
            verifyNoInteractions(submission);
        }

        @Test
        void severalOfTextHtmlOrUrl() throws Exception {
            refused("{\"text\":\"a\",\"url\":\"https://example.org\"}", "(got 2)");
            verifyNoInteractions(submission);
        }

        @Test
        void aBadDate() throws Exception {
            refused("{\"text\":\"a\",\"published\":\"26/04/2025\"}", "must be an ISO date");
            verifyNoInteractions(submission);
        }

        @Test
        void anOverlongTitleOrASourceThatIsNoWebAddress() throws Exception {
            refused("{\"text\":\"a\",\"title\":\"" + "t".repeat(1001) + "\"}", "at most 1000 characters");
            refused("{\"text\":\"a\",\"source\":\"file:///etc/passwd\"}", "must be a web address");
            verifyNoInteractions(submission);
        }

        @Test
        void malformedJson() throws Exception {
            refused("{\"text\": \"unterminated", "not a JSON object");
        }

        @Test
        void jsonThatIsNoObject() throws Exception {
            refused("[1, 2]", "not a JSON object");
            refused("null", "Send a JSON object");
        }

        @Test
        void anEmptyTextWithTheIngestsReason() throws Exception {
            when(submission.text(any())).thenReturn(IngestOutcome.failed("pasted text", "the text is empty"));
            refused("{\"text\":\"   \"}", "The text is empty.");
        }

        @Test
        void anUnreachableUrlWithTheFetchersMessage() throws Exception {
            when(submission.url(eq("https://nowhere.invalid/"), any()))
                    .thenReturn(IngestOutcome.failed("https://nowhere.invalid/", "Could not find the host nowhere.invalid"));
            refused("{\"url\":\"https://nowhere.invalid/\"}", "Could not find the host nowhere.invalid.");
        }
    }

    @Nested
    class OnlyJson {

        void refused(MediaType type, String body) throws Exception {
            var request = post("/api/articles").with(user("admin")).content(body);
            mvc.perform(type == null ? request : request.contentType(type))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(415))
                    .andExpect(jsonPath("$.error").value("Unsupported Media Type"))
                    .andExpect(jsonPath("$.message").value("Send the article as application/json."));
        }

        @Test
        void aCrossSiteFormsTextPlainBodyIsRefusedEvenWhenItIsJson() throws Exception {
            refused(MediaType.TEXT_PLAIN, "{\"text\":\"" + TEXT + "\"}");
            verifyNoInteractions(submission);
        }

        @Test
        void aUrlEncodedFormIsRefused() throws Exception {
            refused(MediaType.APPLICATION_FORM_URLENCODED, "url=https%3A%2F%2Fexample.org%2Fa");
            verifyNoInteractions(submission);
        }

        @Test
        void aBodyWithoutAContentTypeIsRefused() throws Exception {
            refused(null, "{\"text\":\"a\"}");
            verifyNoInteractions(submission);
        }

        @Test
        void jsonWithACharsetIsJson() throws Exception {
            when(submission.text(any())).thenReturn(IngestOutcome.added(5L, "pasted text"));
            when(submission.describe(5L)).thenReturn(new SubmittedArticle(5, "t", 0, "/articles/5"));
            mvc.perform(post("/api/articles").with(user("admin")).contentType("application/json;charset=UTF-8")
                    .content("{\"text\":\"a\"}")).andExpect(status().isCreated());
        }

        @Test
        void theTypeIsReadStrictly() {
            assertThat(SubmitApiController.isJson("application/json")).isTrue();
            assertThat(SubmitApiController.isJson("Application/JSON; charset=utf-8")).isTrue();
            assertThat(SubmitApiController.isJson("text/plain")).isFalse();
            assertThat(SubmitApiController.isJson("multipart/form-data; boundary=x")).isFalse();
            assertThat(SubmitApiController.isJson("*/*")).isFalse();
            assertThat(SubmitApiController.isJson("application/json-ish/")).isFalse();
            assertThat(SubmitApiController.isJson("")).isFalse();
        }
    }

    @Nested
    class SharedErrors {

        @Test
        void aNotFoundRaisedWhileAnsweringIsTheSharedJson404NotA500() throws Exception {
            when(submission.text(any())).thenReturn(IngestOutcome.added(12L, "pasted text"));
            when(submission.describe(12L)).thenThrow(new NotFoundException("Article", 12L));
            send("{\"text\":\"a\"}").andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404)).andExpect(jsonPath("$.error").value("Not Found"));
        }

        @Test
        void anUnexpectedFailureIsAJson500WithoutItsDetails() throws Exception {
            when(submission.text(any())).thenThrow(new IllegalStateException("secret internals"));
            send("{\"text\":\"a\"}").andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.status").value(500))
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("secret internals"))));
        }
    }

    @Nested
    class Limits {

        @Test
        void aBodyOverTheLimitAnswers413WithoutReachingTheService() throws Exception {
            byte[] huge = new byte[SubmitApiController.MAX_BODY_BYTES + 10];
            java.util.Arrays.fill(huge, (byte) 'a');
            mvc.perform(post("/api/articles").with(user("admin")).contentType(MediaType.APPLICATION_JSON).content(huge))
                    .andExpect(status().is(413)).andExpect(jsonPath("$.status").value(413));
            verify(submission, never()).text(any());
        }

        @Test
        void theReadStopsJustPastTheLimitWhateverTheStreamHolds() throws IOException {
            assertThat(SubmitApiController.readAtMost(new ByteArrayInputStream(new byte[11]), 10)).isNull();
            assertThat(SubmitApiController.readAtMost(new ByteArrayInputStream(new byte[10]), 10)).hasSize(10);
        }
    }

    @Nested
    class Security {

        @Test
        void withoutCredentialsTheAnswerIsAJson401() throws Exception {
            mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"a\"}"))
                    .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401))
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Claimboard\""));
            verifyNoInteractions(submission);
        }

        @Test
        void wrongCredentialsAreRefused() throws Exception {
            mvc.perform(post("/api/articles").with(httpBasic("admin", "wrong"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"a\"}"))
                    .andExpect(status().isUnauthorized());
            verifyNoInteractions(submission);
        }
    }
}
