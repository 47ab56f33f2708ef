package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.claimboard.country.Country;
import org.claimboard.extraction.Stance;
import org.claimboard.support.SampleClaims;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The claim list's filters on the real schema (Flyway-built, H2 in PostgreSQL mode). */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ClaimRepositoryTest {

    @Autowired
    ClaimRepository claims;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    SampleClaims sample;

    @BeforeEach
    void store() {
        sample = SampleClaims.create(em);
    }

    private List<Long> ids(ClaimFilter filter) {
        return claims.search(filter, PageRequest.of(0, 20)).map(Claim::getId).getContent();
    }

    @Test
    void unfilteredListIsNewestFirstWithUndatedLast() {
        assertThat(ids(ClaimFilter.none())).containsExactly(sample.poland().getId(), sample.germany().getId(),
                sample.france().getId(), sample.britain().getId());
    }

    @Test
    void claimDateIsTheEventDateElseThePublicationDate() {
        Claim france = claims.findById(sample.france().getId()).orElseThrow();
        Claim poland = claims.findById(sample.poland().getId()).orElseThrow();
        assertThat(france.getSortDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(france.getEventDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(poland.getEventDate()).isNull();
        assertThat(poland.getPartialDate().iso()).isEqualTo("--04-10");
        assertThat(poland.getSortDate()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void countriesMatchClaimsConcerningAnyOfThemOnce() {
        assertThat(ids(ClaimFilter.none().withCountries(Set.of("fr"))))
                .containsExactly(sample.poland().getId(), sample.france().getId());
        Page<Claim> frOrDe = claims.search(ClaimFilter.none().withCountries(Set.of("FR", "DE")), PageRequest.of(0, 2));
        assertThat(frOrDe.getTotalElements()).isEqualTo(3);
        assertThat(frOrDe.getContent()).extracting(Claim::getId)
                .containsExactly(sample.poland().getId(), sample.germany().getId());
    }

    @Test
    void outletIsMatchedBySlug() {
        assertThat(ids(ClaimFilter.none().withOutlet("The-Times"))).containsExactly(sample.france().getId());
        assertThat(ids(ClaimFilter.none().withOutlet("no-such-outlet"))).isEmpty();
    }

    @Test
    void stanceMatchesClaimsCarryingSuchAPledge() {
        assertThat(ids(ClaimFilter.none().withStance(Stance.OFFERED)))
                .containsExactly(sample.france().getId(), sample.britain().getId());
        assertThat(ids(ClaimFilter.none().withStance(Stance.REVERSED).withCountries(Set.of("FR"))))
                .containsExactly(sample.poland().getId());
        assertThat(ids(ClaimFilter.none().withStance(Stance.PROPOSED))).isEmpty();
    }

    @Test
    void articleAndDateRangeNarrowTheList() {
        assertThat(ids(ClaimFilter.ofArticle(sample.first().getId())))
                .containsExactly(sample.germany().getId(), sample.france().getId());
        assertThat(ids(ClaimFilter.none().withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1))))
                .containsExactly(sample.poland().getId(), sample.germany().getId());
        assertThat(ids(ClaimFilter.none().withDates(LocalDate.of(2025, 3, 2), null)))
                .containsExactly(sample.poland().getId());
        assertThat(ids(ClaimFilter.none().withDates(null, LocalDate.of(2025, 2, 20))))
                .containsExactly(sample.france().getId());
    }

    @Test
    void textQueryIsCaseInsensitiveAndLiteral() {
        assertThat(ids(ClaimFilter.none().withQuery("FRANCE")))
                .containsExactly(sample.poland().getId(), sample.france().getId());
        // '_' and '%' are the user's characters, not LIKE wildcards ("a m" must not match "a_m")
        assertThat(ids(ClaimFilter.none().withQuery("a_m"))).containsExactly(sample.poland().getId());
        assertThat(ids(ClaimFilter.none().withQuery("100%"))).containsExactly(sample.germany().getId());
        assertThat(ids(ClaimFilter.none().withQuery("1%0"))).isEmpty();
    }

    @Test
    void pagesCountAllMatchesAndFetchArticleAndOutletWithTheClaims() {
        Page<Claim> page = claims.search(ClaimFilter.none(), PageRequest.of(1, 2));
        assertThat(page.getTotalElements()).isEqualTo(4);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(page.getContent()).extracting(Claim::getId)
                .containsExactly(sample.france().getId(), sample.britain().getId());
        Claim france = page.getContent().get(0);
        assertThat(Hibernate.isInitialized(france.getArticle())).isTrue();
        assertThat(Hibernate.isInitialized(france.getOutlet())).isTrue();
        assertThat(france.getOutlet().getName()).isEqualTo("The Times");
    }

    @Test
    void aPageTakesThreeStatementsWhateverItsSize() {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Page<Claim> page = claims.search(ClaimFilter.none().withCountries(Set.of("FR", "DE", "PL", "GB")),
                PageRequest.of(0, 3));
        page.forEach(c -> {
            c.getCountries().forEach(Country::getName);
            if (c.getOutlet() != null) {
                c.getOutlet().getName();
            }
            c.getArticle().getTitle();
        });
        // the page with article and outlet, its count, and the countries of all its claims
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
    }

    @Test
    void anExplicitSortIsKept() {
        Page<Claim> page = claims.search(ClaimFilter.none(), PageRequest.of(0, 10, Sort.by("text")));
        assertThat(page.getContent()).extracting(Claim::getText).isSorted();
    }

    @Test
    void articleClaimsComeInReadingOrderWithTheirCountries() {
        List<Claim> inFirst = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(sample.first().getId());
        assertThat(inFirst).extracting(Claim::getSentenceIndex).containsExactly(0, 1);
        assertThat(inFirst.get(0).getCountries()).extracting("code").containsExactly("FR");
    }

    @Test
    void talliesCountClaimsPerCountryAndOutlet() {
        assertThat(claims.tallyByCountry()).first().isEqualTo(new CountryTally("FR", "France", 2));
        assertThat(claims.tallyByCountry()).hasSize(4);
        assertThat(claims.tallyByOutlet()).containsExactlyInAnyOrder(
                new OutletTally("the-times", "The Times", 1), new OutletTally("financial-times", "Financial Times", 1));
    }

    @Nested
    class DeletingAnArticlesClaims {

        @Test
        void takesTheirCountryLinksAndPledgesWithThem() {
            Long poland = sample.poland().getId();
            assertThat(claims.deleteByArticleId(sample.second().getId())).isEqualTo(1);
            assertThat(claims.existsById(poland)).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from claim_country where claim_id = ?", Long.class,
                    poland)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from troop_pledge where claim_id = ?", Long.class,
                    poland)).isZero();
            assertThat(claims.count()).isEqualTo(3);
        }
    }
}
