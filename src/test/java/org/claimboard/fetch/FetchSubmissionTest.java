package org.claimboard.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Add by web address" end to end against a server on 127.0.0.1. Only here is the fetcher allowed to reach a
 * loopback address; the app's own fetcher refuses it (see SubmitIntegrationTest).
 */
@SpringBootTest
@AutoConfigureMockMvc
class FetchSubmissionTest {

    static final String PAGE = "<html><head><title>Site | Poland says no</title>"
            + "<meta property=\"og:title\" content=\"Poland says no\">"
            + "<meta property=\"og:site_name\" content=\"Local News\">"
            + "<meta property=\"article:published_time\" content=\"2025-04-29T08:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
            + "<p>Poland will not send troops to Ukraine, Prime Minister Donald Tusk said on 28 April.</p>"
            + "<p>France and the UK said they were ready to deploy forces, The Times reported.</p></article>"
            + "<footer>Subscribe to our newsletter</footer></body></html>";

    static LocalServer server;

    @TestBean
    SafeFetcher fetcher;

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    static SafeFetcher fetcher() {
        return new SafeFetcher(address -> true, Resolver.system(), FetchLimits.DEFAULT.withTotal(Duration.ofSeconds(2)));
    }

    @BeforeAll
    static void start() throws IOException {
        server = LocalServer.onIpv4Loopback()
                .page("/news/poland", 200, "text/html; charset=utf-8", PAGE)
                .redirect("/short", "/news/poland")
                .page("/menu", 200, "text/html", "<html><body><nav>Home | World</nav></body></html>")
                .page("/gone", 404, "text/html", "<html><body>Not found</body></html>")
                .on("/slow", exchange -> {
                    try {
                        Thread.sleep(4000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
                });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    String fetch(String url, int expectedStatus) throws Exception {
        return mvc.perform(post("/articles/fetch").with(user("admin")).with(csrf()).param("url", url))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsFetchedThroughARedirectAndStoredWithItsMetadataAndDatedClaims() throws Exception {
        fetch(server.url("/short"), 302);

        Article stored = articles.findAll().get(0);
        assertThat(stored.getTitle()).isEqualTo("Poland says no");
        assertThat(stored.getPublisher()).isEqualTo("Local News");
        assertThat(stored.getPublishedOn()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(stored.getSource()).isEqualTo(server.url("/news/poland"));
        assertThat(stored.getText()).contains("Donald Tusk").doesNotContain("newsletter").doesNotContain("World");
        assertThat(jdbc.queryForList("select event_date from claim where event_date is not null", LocalDate.class))
                .as("a yearless date resolved with the page's publication year").contains(LocalDate.of(2025, 4, 28));
    }

    @Test
    void fetchingTheSamePageAgainLeadsToTheStoredArticle() throws Exception {
        fetch(server.url("/news/poland"), 302);
        fetch(server.url("/news/poland"), 302);
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void aPageWithoutAnArticleIsRefused() throws Exception {
        assertThat(fetch(server.url("/menu"), 400)).contains("No article text was found in this page.");
        assertThat(articles.count()).isZero();
    }

    @Test
    void aMissingPageIsRefusedWithTheServersAnswer() throws Exception {
        assertThat(fetch(server.url("/gone"), 400)).contains("The server answered 404.");
    }

    @Test
    void aPageThatTakesTooLongIsRefused() throws Exception {
        assertThat(fetch(server.url("/slow"), 400)).contains("The page took too long to answer.")
                .contains("value=\"" + server.url("/slow") + "\"");
        assertThat(articles.count()).isZero();
    }

    @Test
    void anAddressNobodyAnswersIsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(fetch("http://127.0.0.1:" + closedPort + "/x", 400)).contains("Could not connect to 127.0.0.1.");
    }
}
