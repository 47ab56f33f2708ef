package org.claimboard.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The article page names the other publications of the same story, linked. */
@Import(SecurityConfiguration.class)
@WebMvcTest(ArticleController.class)
class SameStoryPageTest {

    static final String TEXT = "European ministers moved closer to a plan for a reassurance force.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleRepository articles;
    @MockitoBean
    org.claimboard.claim.ClaimRepository claims;
    @MockitoBean
    ArticleReader reader;
    @MockitoBean
    org.claimboard.correction.CorrectionReader corrections;

    static ArticleSummary summary(long id, String title, String publisher) {
        return new ArticleSummary() {
            public Long getId() { return id; }
            public String getTitle() { return title; }
            public String getSource() { return "file-" + id + ".txt"; }
            public String getPublisher() { return publisher; }
            public String getAuthor() { return null; }
            public LocalDate getPublishedOn() { return null; }
            public Instant getIngestedAt() { return Instant.EPOCH; }
        };
    }

    String page(long id, SameStory sameStory) throws Exception {
        when(reader.read(id)).thenReturn(new ArticleView(Fixtures.article(id, TEXT),
                HighlightedText.of(TEXT, List.of()), List.of(), List.of(), List.of(), Map.of(), List.of(), sameStory));
        return mvc.perform(get("/articles/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void anOriginalListsItsCopiesByPublisherOrTitle() throws Exception {
        String html = page(3, new SameStory(null, List.of(summary(8, "Europe split on troops", "Alpine Herald"),
                summary(9, "Untitled <copy>", null))));
        assertThat(html).contains("Also published by").doesNotContain("Same story as")
                .contains("<a href=\"/articles/8\" title=\"Europe split on troops\">Alpine Herald</a>")
                .contains("<a href=\"/articles/9\" title=\"Untitled &lt;copy&gt;\">Untitled &lt;copy&gt;</a>");
    }

    @Test
    void aCopyLinksToItsOriginal() throws Exception {
        String html = page(8, new SameStory(summary(3, "Ministers near troop plan", "The Daily"), List.of()));
        assertThat(html).contains("Same story as").doesNotContain("Also published by")
                .contains("<a href=\"/articles/3\">Ministers near troop plan</a>").contains("· The Daily");
    }

    @Test
    void anArticleWithoutCopiesShowsNeither() throws Exception {
        String html = page(4, SameStory.none());
        assertThat(html).doesNotContain("Same story as").doesNotContain("Also published by");
    }
}
