package org.claimboard.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimboard.support.TestDatabase.count;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The whole app with the real extractor and database: what is added is really stored, and only that. */
@SpringBootTest(properties = "claimboard.admin.password=integration-secret")
@AutoConfigureMockMvc
class SubmitIntegrationTest {

    static final String TEXT = "Poland will not send troops to Ukraine, Prime Minister Donald Tusk said on Tuesday.\n"
            + "France and the UK said they were ready to deploy forces, The Times reported.";

    static final String PAGE = "<html><head><title>Germany hedges</title>"
            + "<meta property=\"article:published_time\" content=\"2025-03-04T09:00:00Z\"></head><body>"
            + "<nav>Home | World | Sport</nav><article><h1>Germany hedges</h1>"
            + "<p>Germany is considering sending troops to Ukraine, Chancellor Friedrich Merz said on Monday.</p>"
            + "<p>Berlin said any deployment would need a mandate from parliament.</p></article></body></html>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    @Test
    void aPastedArticleIsStoredWithItsMetadataAndShownWithHighlights() throws Exception {
        String location = mvc.perform(post("/articles").with(user("admin")).with(csrf()).param("text", TEXT)
                        .param("title", "Poland says no").param("published", "2025-04-29").param("source", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long id = Long.parseLong(location.substring("/articles/".length()));
        Article stored = articles.findById(id).orElseThrow();
        assertThat(stored.getText()).isEqualTo(TEXT);
        assertThat(stored.getTitle()).isEqualTo("Poland says no");
        assertThat(stored.getSource()).isEqualTo("pasted text");
        assertThat(stored.getPublishedOn()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(count(jdbc, "claim")).isPositive();

        String page = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("class=\"m-country\"").contains("Poland says no");
    }

    @Test
    void anUploadStoresTheGoodFilesAndReportsTheBadOnesWithoutStoringAnyOfThem() throws Exception {
        byte[] latin1 = "Caf\u00e9 soldiers in Zürich".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 0, 8, 0, 0, 0, 0x21, 0, 0, 0, 0, 0, 0, 0};
        String html = mvc.perform(multipart("/articles/upload")
                        .file(file("poland.txt", TEXT.getBytes(StandardCharsets.UTF_8)))
                        .file(file("germany.html", PAGE.getBytes(StandardCharsets.UTF_8)))
                        .file(file("latin1.txt", latin1))
                        .file(file("archive.txt", binary))
                        .file(file("menu.html", "<html><body><nav>Home | News</nav></body></html>"
                                .getBytes(StandardCharsets.UTF_8)))
                        .file(file("empty.txt", "  \n ".getBytes(StandardCharsets.UTF_8)))
                        .file(file("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8}))
                        .with(user("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(articles.findAll()).extracting(Article::getSource).containsExactlyInAnyOrder("poland.txt",
                "germany.html");
        Article germany = articles.findAll().stream().filter(a -> a.getSource().equals("germany.html")).findFirst()
                .orElseThrow();
        assertThat(germany.getTitle()).isEqualTo("Germany hedges");
        assertThat(germany.getText()).doesNotContain("Sport");
        assertThat(germany.getPublishedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(html).contains("The file is not valid UTF-8")
                .contains("binary data, not an article")
                .contains("No article text was found in this page.")
                .contains("The text is empty.")
                .contains("Not an article file (expected .txt or .html)")
                .contains("href=\"/articles/" + germany.getId() + "\"");
        assertThat(jdbc.queryForObject("select count(*) from claim where article_id not in (select id from article)",
                Long.class)).isZero();

        String again = mvc.perform(multipart("/articles/upload")
                        .file(file("copy-of-poland.txt", TEXT.getBytes(StandardCharsets.UTF_8)))
                        .with(user("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("already stored");
        assertThat(count(jdbc, "article")).isEqualTo(2);
    }

    @Test
    void withTheRealGuardALoopbackAddressIsRefusedWithAClearMessage() throws Exception {
        String html = mvc.perform(post("/articles/fetch").with(user("admin")).with(csrf())
                        .param("url", "http://127.0.0.1:8080/admin"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("That address points into a private network and cannot be fetched.");
        assertThat(count(jdbc, "article")).isZero();
    }

    @Test
    void theApiStoresOnceThenAnswers409WithTheSameId() throws Exception {
        String body = "{\"text\":\"" + TEXT.replace("\n", "\\n") + "\",\"publisher\":\"Reuters\"}";
        String location = mvc.perform(post("/api/articles").with(httpBasic("admin", "integration-secret"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.claims").isNumber())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring("/api/articles/".length()));
        assertThat(articles.findById(id).orElseThrow().getPublisher()).isEqualTo("Reuters");

        mvc.perform(post("/api/articles").with(httpBasic("admin", "integration-secret"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.id").value(id))
                .andExpect(header().string("Location", location));
        assertThat(count(jdbc, "article")).isEqualTo(1);
    }

    @Test
    void theApiStoresNothingSentAsAFormEvenWithValidCredentials() throws Exception {
        String json = "{\"text\":\"" + TEXT.replace("\n", "\\n") + "\"}";
        mvc.perform(post("/api/articles").with(httpBasic("admin", "integration-secret"))
                        .contentType(MediaType.TEXT_PLAIN).content(json))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
        mvc.perform(post("/api/articles").with(httpBasic("admin", "integration-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("text=Poland+will+send+troops"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
        assertThat(count(jdbc, "article")).isZero();
    }

    static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }
}
