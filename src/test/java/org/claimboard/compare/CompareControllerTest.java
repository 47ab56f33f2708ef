package org.claimboard.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.claimboard.article.ArticleRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.system.Fixtures;
import org.claimboard.system.NotFoundException;
import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(CompareController.class)
class CompareControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComparisonService comparisons;
    @MockitoBean
    OutletRepository outlets;
    @MockitoBean
    ArticleRepository articles;

    @BeforeEach
    void picker() {
        when(outlets.findAllByOrderByNameAsc()).thenReturn(List.of(Fixtures.outlet(1, "Financial Times"),
                Fixtures.outlet(2, "The Times")));
        when(articles.findAllBy(any())).thenReturn(Page.empty());
    }

    @Test
    void showsOneColumnPerOutletAndFlagsDisagreement() throws Exception {
        var columns = List.of(new Comparison.Column("the-times", "The Times", "/outlets/the-times"),
                new Comparison.Column("financial-times", "Financial Times", "/outlets/financial-times"));
        var reports = List.of(Fixtures.view("GB", Stance.OFFERED, 10_000, "The Times", 1),
                Fixtures.view("GB", Stance.REVERSED, null, "Financial Times", 2));
        when(comparisons.outlets(List.of("the-times", "financial-times")))
                .thenReturn(ComparisonService.matrix(columns, reports, v -> v.outletSlug()));

        String html = mvc.perform(get("/compare").param("outlet", "the-times", "Financial-Times"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/outlets/the-times\">The Times</a>")
                .contains("href=\"/outlets/financial-times\">Financial Times</a>")
                .contains("class=\"disagree\"").contains("data-actor=\"GB\"").contains("Sources disagree")
                .contains("stance-offered").contains("stance-reversed").contains("10,000")
                .containsPattern("value=\"the-times\"\\s+checked");
    }

    @Test
    void withFewerThanTwoSourcesShowsOnlyThePicker() throws Exception {
        String html = mvc.perform(get("/compare").param("outlet", "the-times")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pick at least two").contains("id=\"pick-outlets\"").contains("id=\"pick-articles\"");
        verify(comparisons, never()).outlets(any());
    }

    @Nested
    class BadParams {
        @Test
        void nonNumericArticleIdGivesA400Page() throws Exception {
            String html = mvc.perform(get("/compare").param("article", "1", "x")).andExpect(status().isBadRequest())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("“x” is not an article id");
        }

        @Test
        void outletsAndArticlesTogetherGiveA400Page() throws Exception {
            mvc.perform(get("/compare").param("article", "1", "2").param("outlet", "a", "b"))
                    .andExpect(status().isBadRequest());
        }
    }

    @Nested
    class NotFound {
        @Test
        void unknownOutletGivesA404Page() throws Exception {
            when(comparisons.outlets(List.of("the-times", "nope"))).thenThrow(new NotFoundException("Outlet", "nope"));
            String html = mvc.perform(get("/compare").param("outlet", "the-times", "nope"))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Outlet “nope” does not exist.");
        }
    }
}
