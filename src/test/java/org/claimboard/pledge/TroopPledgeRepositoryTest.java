package org.claimboard.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.claimboard.extraction.Stance;
import org.claimboard.extraction.TextSpan;
import org.claimboard.support.SampleClaims;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class TroopPledgeRepositoryTest {

    @Autowired
    TroopPledgeRepository pledges;

    @Autowired
    EntityManager em;

    SampleClaims sample;

    @BeforeEach
    void store() {
        sample = SampleClaims.create(em);
    }

    @Test
    void evidenceSpansAreStoredAndReadBackAndMayBeUnknown() {
        TroopPledge withEvidence = new TroopPledge(em.find(org.claimboard.claim.Claim.class, sample.britain().getId()),
                "GB", Stance.OFFERED, 0, 35);
        withEvidence.setEvidence(new TextSpan(8, 14), new TextSpan(0, 7));
        TroopPledge without = new TroopPledge(withEvidence.getClaim(), "FR", Stance.CONSIDERING, 0, 35);
        without.setEvidence(null, new TextSpan(0, 7));
        em.persist(withEvidence);
        em.persist(without);
        em.flush();
        em.clear();

        TroopPledge read = em.find(TroopPledge.class, withEvidence.getId());
        assertThat(read.getStanceSpan()).isEqualTo(new TextSpan(8, 14));
        assertThat(read.getActorSpan()).isEqualTo(new TextSpan(0, 7));
        TroopPledge partly = em.find(TroopPledge.class, without.getId());
        assertThat(partly.getStanceSpan()).isNull();
        assertThat(partly.getActorSpan()).isEqualTo(new TextSpan(0, 7));
        assertThat(pledges.findByClaimIdInOrderByClaimIdAscIdAsc(List.of(sample.france().getId())))
                .as("rows stored without evidence").singleElement()
                .satisfies(p -> assertThat(p.getStanceSpan()).isNull())
                .satisfies(p -> assertThat(p.getActorSpan()).isNull());
    }

    @Test
    void correctingTheActorOrStanceDropsTheEvidenceThatNoLongerSaysIt() {
        TroopPledge pledge = new TroopPledge(em.find(org.claimboard.claim.Claim.class, sample.britain().getId()),
                "GB", Stance.OFFERED, 0, 35);
        pledge.setEvidence(new TextSpan(8, 14), new TextSpan(0, 7));
        pledge.correct("GB", Stance.CONSIDERING);
        assertThat(pledge.getStanceSpan()).isNull();
        assertThat(pledge.getActorSpan()).isEqualTo(new TextSpan(0, 7));
        pledge.setEvidence(new TextSpan(8, 14), new TextSpan(0, 7));
        pledge.correct("FR", Stance.CONSIDERING);
        assertThat(pledge.getStanceSpan()).isEqualTo(new TextSpan(8, 14));
        assertThat(pledge.getActorSpan()).isNull();
    }

    @Test
    void latestStancePerActorIsTheOneOnTheNewestClaim() {
        List<TroopPledge> latest = pledges.findLatestPerActor();
        assertThat(latest).extracting(TroopPledge::getActor, TroopPledge::getStance).containsExactly(
                tuple("DE", Stance.DECLINED),
                tuple("FR", Stance.REVERSED),
                tuple("GB", Stance.OFFERED),
                tuple("PL", Stance.CONSIDERING));
        assertThat(latest).allSatisfy(p -> assertThat(Hibernate.isInitialized(p.getClaim())).isTrue());
    }

    @Test
    void latestStancesTakeTwoStatementsHoweverManyActors() {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        pledges.findLatestPerActor().forEach(p -> p.getClaim().getArticle().getTitle());
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
    }

    @Test
    void anActorsPledgesComeNewestFirst() {
        Page<TroopPledge> france = pledges.findByActorNewestFirst("FR", PageRequest.of(0, 1));
        assertThat(france.getTotalElements()).isEqualTo(2);
        assertThat(france.getContent()).extracting(TroopPledge::getStance).containsExactly(Stance.REVERSED);
        assertThat(pledges.findByActorNewestFirst("FR", PageRequest.of(1, 1)).getContent())
                .extracting(TroopPledge::getStance).containsExactly(Stance.OFFERED);
    }

    @Test
    void pledgesOfAPageOfClaimsComeInOneCall() {
        List<TroopPledge> found = pledges.findByClaimIdInOrderByClaimIdAscIdAsc(
                List.of(sample.poland().getId(), sample.britain().getId()));
        assertThat(found).extracting(TroopPledge::getActor).containsExactly("PL", "FR", "GB");
        assertThat(found.get(2).getTroops()).isEqualTo(10_000);
    }

    @Test
    void talliesCountPledgesPerActorAndStance() {
        assertThat(pledges.tallyByActorAndStance()).containsExactly(
                new StanceTally("DE", Stance.DECLINED, 1),
                new StanceTally("FR", Stance.OFFERED, 1),
                new StanceTally("FR", Stance.REVERSED, 1),
                new StanceTally("GB", Stance.OFFERED, 1),
                new StanceTally("PL", Stance.CONSIDERING, 1));
        assertThat(pledges.findActors()).containsExactly("DE", "FR", "GB", "PL");
    }

    @Test
    void deletingAnArticlesPledgesLeavesTheOthers() {
        assertThat(pledges.deleteByArticleId(sample.first().getId())).isEqualTo(2);
        assertThat(pledges.findAll()).extracting(TroopPledge::getActor).containsExactlyInAnyOrder("PL", "FR", "GB");
    }
}
