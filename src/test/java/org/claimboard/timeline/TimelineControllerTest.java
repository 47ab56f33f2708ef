package org.claimboard.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.claimboard.claim.ClaimListing;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.system.Fixtures;
import org.claimboard.security.SecurityConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@Import(SecurityConfiguration.class)
@WebMvcTest(TimelineController.class)
class TimelineControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimListing listing;
    @MockitoBean
    TimelineService timeline;
    @MockitoBean
    CountryRepository countries;

    @Test
    void showsDatedClaimsAtTheirPrecisionAndTheStanceLanesLinkedToTheirSentences() throws Exception {
        when(listing.timeline(argThat(f -> f.countries().equals(Set.of("GB"))), any()))
                .thenReturn(new PageImpl<>(List.of(Fixtures.timesRow())));
        var offered = Fixtures.view("GB", Stance.OFFERED, 10_000, "The Times", 1);
        var declined = Fixtures.view("GB", Stance.DECLINED, null, null, 2);
        when(timeline.lanes(List.of("GB"))).thenReturn(TimelineService.lanes(List.of("GB"), List.of(offered, declined)));

        String html = mvc.perform(get("/timeline").param("country", "gb")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("10 April, year unknown").contains("datetime=\"--04-10\"")
                .contains("href=\"/articles/1#claim-11\"")
                .contains("data-actor=\"GB\"").contains("href=\"/articles/1#claim-1\"")
                .contains("href=\"/articles/2#claim-2\"").contains("stance-declined");
        assertThat(html.indexOf("stance-offered", html.indexOf("id=\"lanes\"")))
                .isLessThan(html.indexOf("stance-declined", html.indexOf("id=\"lanes\"")));
    }

    @Nested
    class BadParams {
        @Test
        void malformedCountryGivesA400Page() throws Exception {
            String html = mvc.perform(get("/timeline").param("country", "Poland!"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("is not a country code");
        }
    }
}
