package org.claimboard.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimboard.extraction.Stance;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(PledgeExportController.class)
class PledgeExportControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PledgeListing listing;

    @Test
    void everyMatchingPledgeIsARowWithItsSentenceAndArticle() throws Exception {
        when(listing.chunk(any(), any(), anyInt())).thenReturn(Window.from(
                List.of(Fixtures.view("PL", Stance.CONSIDERING, 2_000, "Reuters", 5)),
                i -> ScrollPosition.forward(Map.of("id", 50L)), false));
        String csv = mvc.perform(get("/pledges.csv").param("country", "PL").param("status", "considering"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"pledges.csv\""))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        CSVRecord r = rows.get(0);
        assertThat(r.toMap().keySet()).containsExactlyInAnyOrderElementsOf(PledgeExportController.COLUMNS);
        assertThat(r.get("actor")).isEqualTo("PL");
        assertThat(r.get("stance")).isEqualTo("CONSIDERING");
        assertThat(r.get("troops")).isEqualTo("2000");
        assertThat(r.get("troops_max")).isEmpty();
        assertThat(r.get("kind")).isEqualTo("TROOPS");
        assertThat(r.get("date")).isEqualTo("2025-03-06");
        assertThat(r.get("outlet")).isEqualTo("Reuters");
        assertThat(r.get("sentence")).isEqualTo("Sentence 5 about PL.");
        assertThat(r.get("article_id")).isEqualTo("5");
        assertThat(r.get("link")).isEqualTo("http://localhost/articles/5#claim-5");
        verify(listing).chunk(argThat(f -> f.countries().contains("PL") && f.stance() == Stance.CONSIDERING), any(),
                anyInt());
    }

    @Nested
    class AnUnknownStance {

        @Test
        void isA400() throws Exception {
            mvc.perform(get("/pledges.csv").param("status", "eager")).andExpect(status().isBadRequest());
            verifyNoInteractions(listing);
        }
    }
}
