package org.claimboard.api;

import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.article.StoredExtraction;
import org.claimboard.claim.ArticleClaimCount;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.extraction.DatePrecision;
import org.claimboard.extraction.ExtractionReport;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.claimboard.system.NotFoundException;
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
@WebMvcTest(ArticleApiController.class)
class ArticleApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleRepository articles;

    @MockitoBean
    ClaimRepository claims;

    @MockitoBean
    StoredExtraction extractions;

    static ArticleSummary summary(long id, String title) {
        return new ArticleSummary() {
            public Long getId() { return id; }
            public String getTitle() { return title; }
            public String getSource() { return "seeds/a.txt"; }
            public String getPublisher() { return "The Guardian"; }
            public String getAuthor() { return "Jane Doe"; }
            public LocalDate getPublishedOn() { return LocalDate.of(2025, 4, 10); }
            public Instant getIngestedAt() { return Instant.parse("2026-01-02T03:04:05Z"); }
        };
    }

    @Test
    void listsArticlesWithTheirMetadataAndClaimCounts() throws Exception {
        when(articles.findAllBy(any())).thenAnswer(call -> new PageImpl<>(List.of(summary(4, "Troops"),
                summary(5, "More troops")), call.getArgument(0, Pageable.class), 2));
        when(claims.countByArticleIdIn(List.of(4L, 5L))).thenReturn(List.of(new ArticleClaimCount(4L, 3L)));
        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(4))
                .andExpect(jsonPath("$.items[0].title").value("Troops"))
                .andExpect(jsonPath("$.items[0].publisher").value("The Guardian"))
                .andExpect(jsonPath("$.items[0].author").value("Jane Doe"))
                .andExpect(jsonPath("$.items[0].published").value("2025-04-10"))
                .andExpect(jsonPath("$.items[0].source").value("seeds/a.txt"))
                .andExpect(jsonPath("$.items[0].ingestedAt").value("2026-01-02T03:04:05Z"))
                .andExpect(jsonPath("$.items[0].claimCount").value(3))
                .andExpect(jsonPath("$.items[1].claimCount").value(0))
                .andExpect(jsonPath("$.items[0].extraction").doesNotExist())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void showsOneArticleWithItsExtractionInTheExtractCommandsShape() throws Exception {
        Article article = Fixtures.article(4, Fixtures.TIMES_SENTENCE);
        article.setTitle("Troops");
        article.setPublished(LocalDate.of(2025, 4, 10), DatePrecision.DAY);
        ExtractionReport report = new ExtractionReport("seeds/004_article.txt", "Troops", null, null, "2025-04-10",
                List.of("GB", "FR"), List.of("The Times"), List.of(), List.of(),
                List.of(new ExtractionReport.ClaimItem(Fixtures.TIMES_SENTENCE, 0, 87, "The Times", null,
                        List.of("FR", "GB"), null)),
                List.of(new ExtractionReport.PledgeItem("GB", "OFFERED", 10_000, null, "EXACT", "TROOPS",
                        Fixtures.TIMES_SENTENCE, 0, 87, "The Times",
                        new ExtractionReport.SpanItem(46, 65, "ready to contribute"), null)));
        when(extractions.read(4)).thenReturn(new StoredExtraction.Stored(article, 1, report));
        mvc.perform(get("/api/articles/4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(4))
                .andExpect(jsonPath("$.title").value("Troops"))
                .andExpect(jsonPath("$.claimCount").value(1))
                .andExpect(jsonPath("$.extraction.countries[0]").value("GB"))
                .andExpect(jsonPath("$.extraction.claims[0].text").value(Fixtures.TIMES_SENTENCE))
                .andExpect(jsonPath("$.extraction.pledges[0].status").value("OFFERED"))
                .andExpect(jsonPath("$.extraction.pledges[0].troops").value(10_000))
                .andExpect(jsonPath("$.extraction.pledges[0].stanceSpan.start").value(46))
                .andExpect(jsonPath("$.extraction.pledges[0].stanceSpan.end").value(65))
                .andExpect(jsonPath("$.extraction.pledges[0].stanceSpan.text").value("ready to contribute"))
                .andExpect(jsonPath("$.extraction.pledges[0].actorSpan").value(nullValue()));
    }

    @Nested
    class AnUnknownArticle {

        @Test
        void isA404InTheApisErrorShape() throws Exception {
            when(extractions.read(anyLong())).thenThrow(new NotFoundException("Article", 99));
            mvc.perform(get("/api/articles/99"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.error").value("Not Found"))
                    .andExpect(jsonPath("$.message").value("Article \u201C99\u201D does not exist."));
        }
    }

    @Nested
    class ANonNumericId {

        @Test
        void isA400InTheApisErrorShape() throws Exception {
            mvc.perform(get("/api/articles/four"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.message").value("The parameter \u201Cid\u201D cannot be \u201Cfour\u201D."));
            verifyNoInteractions(extractions);
        }
    }

    @Nested
    class PagingOutOfBounds {

        @Test
        void pageZeroIsA400() throws Exception {
            mvc.perform(get("/api/articles").param("page", "0"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
            verifyNoInteractions(articles);
        }

        @Test
        void aPageSizeOverTheMaximumIsA400() throws Exception {
            mvc.perform(get("/api/articles").param("size", "1000"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
            verifyNoInteractions(articles);
        }
    }
}
