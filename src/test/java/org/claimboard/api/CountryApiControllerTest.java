package org.claimboard.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.Claim;
import org.claimboard.country.Country;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
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
@WebMvcTest(CountryApiController.class)
class CountryApiControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CountryRepository countries;

    @MockitoBean
    TroopPledgeRepository pledges;

    @MockitoBean
    ArticleRepository articles;

    @Test
    void theLedgerListsTheCountrysPledgesNewestFirstAsAPage() throws Exception {
        when(countries.findById("PL")).thenReturn(Optional.of(Country.of("PL")));
        Article article = Fixtures.article(2, "Poland is considering sending 2,000 troops.");
        Claim claim = Fixtures.claim(7, article, article.getText(), Fixtures.outlet(3, "Reuters"), "PL");
        when(pledges.findLedger(eq("PL"), any())).thenAnswer(call -> new PageImpl<>(
                List.of(Fixtures.pledge(70, claim, "PL", Stance.CONSIDERING, 2_000)),
                call.getArgument(1, Pageable.class), 1));
        mvc.perform(get("/api/countries/pl/ledger"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("PL"))
                .andExpect(jsonPath("$.name").value("Poland"))
                .andExpect(jsonPath("$.pledges.items[0].actor").value("PL"))
                .andExpect(jsonPath("$.pledges.items[0].stance").value("considering"))
                .andExpect(jsonPath("$.pledges.items[0].troops").value(2_000))
                .andExpect(jsonPath("$.pledges.items[0].claimId").value(7))
                .andExpect(jsonPath("$.pledges.items[0].outlet").value("Reuters"))
                .andExpect(jsonPath("$.pledges.totalItems").value(1));
        verify(pledges).findLedger(eq("PL"), argThat(p -> p.getPageNumber() == 0 && p.getPageSize() == 25));
    }

    @Nested
    class AnUnknownCountry {

        @Test
        void isA404InTheApisErrorShape() throws Exception {
            when(countries.findById("XX")).thenReturn(Optional.empty());
            mvc.perform(get("/api/countries/xx/ledger"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.message").value("Country \u201Cxx\u201D does not exist."));
            verifyNoInteractions(pledges);
        }
    }

    @Nested
    class APageSizeOverTheMaximum {

        @Test
        void isA400() throws Exception {
            when(countries.findById("PL")).thenReturn(Optional.of(Country.of("PL")));
            mvc.perform(get("/api/countries/PL/ledger").param("size", "101"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
            verifyNoInteractions(pledges);
        }
    }
}
