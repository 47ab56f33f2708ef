package org.claimboard.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.claimboard.claim.ClaimFilter;
import org.claimboard.extraction.Stance;
import org.claimboard.support.SampleClaims;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** Pledges narrowed by the claim list's filter: actor and stance are the pledge's, the rest the claim's. */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PledgeSearchTest {

    @Autowired
    TroopPledgeRepository pledges;

    @Autowired
    EntityManager em;

    @BeforeEach
    void store() {
        SampleClaims.create(em);
    }

    Page<TroopPledge> search(ClaimFilter filter) {
        return pledges.search(filter, PageRequest.of(0, 10));
    }

    @Test
    void withoutAFilterEveryPledgeComesNewestClaimFirstUndatedLast() {
        assertThat(search(ClaimFilter.none()).getContent()).extracting(TroopPledge::getActor, TroopPledge::getStance)
                .containsExactly(tuple("FR", Stance.REVERSED), tuple("PL", Stance.CONSIDERING),
                        tuple("DE", Stance.DECLINED), tuple("FR", Stance.OFFERED), tuple("GB", Stance.OFFERED));
    }

    @Test
    void aCountryIsThePledgingActorNotACountryTheClaimMentions() {
        assertThat(search(ClaimFilter.none().withCountries(Set.of("FR"))).getContent())
                .extracting(TroopPledge::getActor, TroopPledge::getStance)
                .containsExactly(tuple("FR", Stance.REVERSED), tuple("FR", Stance.OFFERED));
        assertThat(search(ClaimFilter.none().withCountries(Set.of("PL"))).getContent())
                .extracting(TroopPledge::getActor).containsExactly("PL");
    }

    @Test
    void aStanceIsThePledgesOwn() {
        assertThat(search(ClaimFilter.none().withStance(Stance.OFFERED)).getContent())
                .extracting(TroopPledge::getActor).containsExactly("FR", "GB");
    }

    @Test
    void outletDatesAndWordsNarrowTheClaim() {
        assertThat(search(ClaimFilter.none().withOutlet("the-times")).getContent())
                .extracting(TroopPledge::getActor, TroopPledge::getStance).containsExactly(tuple("FR", Stance.OFFERED));
        assertThat(search(ClaimFilter.none().withQuery("MISSION")).getContent())
                .extracting(TroopPledge::getActor).containsExactly("FR", "PL", "GB");
        Page<TroopPledge> recentFrance = search(ClaimFilter.none().withCountries(Set.of("FR"))
                .withDates(LocalDate.of(2025, 3, 1), null));
        assertThat(recentFrance.getContent()).extracting(TroopPledge::getStance).containsExactly(Stance.REVERSED);
        assertThat(recentFrance.getTotalElements()).isEqualTo(1);
    }

    @Test
    void aPageTakesOneQueryWithItsClaimsAndOutletsAndOneToCount() {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        em.clear();
        statistics.clear();
        Page<TroopPledge> page = pledges.search(ClaimFilter.none().withQuery("e"), PageRequest.of(0, 2));
        page.forEach(p -> {
            p.getClaim().getText();
            if (p.getClaim().getOutlet() != null) {
                p.getClaim().getOutlet().getName();
            }
        });
        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }
}
