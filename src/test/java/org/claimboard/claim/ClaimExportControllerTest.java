package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimboard.article.Article;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(ClaimExportController.class)
class ClaimExportControllerTest {

    static final String AWKWARD = "He said \"no, never\",\nthen left.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimListing listing;

    static ClaimRow row(long id, String text) {
        Article article = Fixtures.article(1, text + " More.");
        article.setTitle("A \"quoted\", title");
        return ClaimRow.of(Fixtures.claim(id, article, text, Fixtures.outlet(3, "The Times"), "PL", "FR"), List.of());
    }

    List<CSVRecord> download(String... query) throws Exception {
        var request = get("/claims.csv");
        for (int i = 0; i < query.length; i += 2) {
            request.param(query[i], query[i + 1]);
        }
        String csv = mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"claims.csv\""))
                .andReturn().getResponse().getContentAsString();
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void quotesCommasAndLineBreaksSurviveARoundTrip() throws Exception {
        when(listing.search(any(), any())).thenAnswer(call -> new PageImpl<>(List.of(row(11, AWKWARD)),
                call.getArgument(1, Pageable.class), 1));
        List<CSVRecord> rows = download("country", "PL");
        assertThat(rows).hasSize(1);
        CSVRecord r = rows.get(0);
        assertThat(r.get("id")).isEqualTo("11");
        assertThat(r.get("text")).isEqualTo(AWKWARD);
        assertThat(r.get("outlet")).isEqualTo("The Times");
        assertThat(r.get("countries")).isEqualTo("FR PL");
        assertThat(r.get("article_id")).isEqualTo("1");
        assertThat(r.get("article_title")).isEqualTo("A \"quoted\", title");
        assertThat(r.get("link")).isEqualTo("http://localhost/articles/1#claim-11");
        assertThat(r.toMap().keySet()).containsExactlyInAnyOrderElementsOf(ClaimExportController.COLUMNS);
        verify(listing).search(argThat(f -> f.countries().equals(Set.of("PL"))), any());
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() throws Exception {
        when(listing.search(any(), any())).thenAnswer(call -> new PageImpl<>(List.of(
                row(1, "=HYPERLINK(\"http://evil\")"), row(2, "+1+1"), row(3, "-2+3"), row(4, "@SUM(A1)"),
                row(5, "Plain = fine")), call.getArgument(1, Pageable.class), 5));
        assertThat(download().stream().map(r -> r.get("text"))).containsExactly("'=HYPERLINK(\"http://evil\")",
                "'+1+1", "'-2+3", "'@SUM(A1)", "Plain = fine");
    }

    @Test
    void streamsEveryMatchingRowPageByPage() throws Exception {
        when(listing.search(any(), any())).thenAnswer(call -> {
            Pageable pageable = call.getArgument(1, Pageable.class);
            int from = (int) pageable.getOffset();
            List<ClaimRow> rows = IntStream.range(from, Math.min(from + pageable.getPageSize(), 1_200))
                    .mapToObj(i -> row(i, "Claim " + i)).toList();
            return new PageImpl<>(rows, pageable, 1_200);
        });
        assertThat(download()).hasSize(1_200);
        verify(listing, times(3)).search(any(), argThat(p -> p.getPageSize() == 500));
    }

    @Nested
    class ABadDate {

        @Test
        void isA400() throws Exception {
            mvc.perform(get("/claims.csv").param("from", "yesterday")).andExpect(status().isBadRequest());
            verifyNoInteractions(listing);
        }
    }
}
