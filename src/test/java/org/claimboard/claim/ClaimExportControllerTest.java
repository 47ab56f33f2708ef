package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimboard.article.Article;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.CsvDownload;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
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
        when(listing.chunk(any(), any(), anyInt())).thenReturn(last(List.of(row(11, AWKWARD))));
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
        verify(listing).chunk(argThat(f -> f.countries().equals(Set.of("PL"))), any(), anyInt());
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() throws Exception {
        when(listing.chunk(any(), any(), anyInt())).thenReturn(last(List.of(
                row(1, "=HYPERLINK(\"http://evil\")"), row(2, "+1+1"), row(3, "-2+3"), row(4, "@SUM(A1)"),
                row(5, "Plain = fine"))));
        assertThat(download().stream().map(r -> r.get("text"))).containsExactly("'=HYPERLINK(\"http://evil\")",
                "'+1+1", "'-2+3", "'@SUM(A1)", "Plain = fine");
    }

    @Test
    void streamsEveryMatchingRowOnceChunkAfterChunkWithoutPagesOrCounts() throws Exception {
        // 1,200 claims, ids 1..1200, served latest first; each chunk starts after the id the last one ended at.
        when(listing.chunk(any(), any(), anyInt())).thenAnswer(call -> {
            KeysetScrollPosition after = call.getArgument(1);
            int size = call.getArgument(2);
            int below = after.isInitial() ? 1_201 : ((Number) after.getKeys().get("id")).intValue();
            List<ClaimRow> rows = IntStream.range(0, Math.min(size, below - 1))
                    .mapToObj(i -> row(below - 1 - i, "Claim " + (below - 1 - i))).toList();
            return Window.from(rows, i -> ScrollPosition.forward(Map.of("id", rows.get(i).id())),
                    below - 1 > size);
        });
        List<String> ids = download().stream().map(r -> r.get("id")).toList();
        assertThat(ids).hasSize(1_200).doesNotHaveDuplicates().startsWith("1200").endsWith("1");
        verify(listing, times(3)).chunk(any(), any(), eq(CsvDownload.CHUNK_SIZE));
        verify(listing, never()).search(any(), any());
    }

    /** A chunk with nothing after it. */
    static Window<ClaimRow> last(List<ClaimRow> rows) {
        return Window.from(rows, i -> ScrollPosition.forward(Map.of("id", rows.get(i).id())), false);
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
