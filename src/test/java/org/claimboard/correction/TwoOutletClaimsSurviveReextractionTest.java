package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.Verdict.Rating;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.ReextractService;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sentence citing two outlets is stored as a claim for each, over its own part of the sentence; a verdict
 * or correction on one stays on that one when the article is read again.
 */
@SpringBootTest
class TwoOutletClaimsSurviveReextractionTest {

    static final String TIMES = "The Times reported that France will send 5,000 troops, ";
    static final String MONDE = "while Le Monde said Germany would refuse to send troops.";
    static final String TEXT = "Plans moved fast. " + TIMES + MONDE;

    @Autowired ArticleIngestService ingest;
    @Autowired ReextractService reextract;
    @Autowired ClaimCorrections claimCorrections;
    @Autowired VerdictService verdicts;
    @Autowired CorrectionReader reader;
    @Autowired ClaimRepository claims;
    @Autowired TroopPledgeRepository pledges;
    @Autowired JdbcTemplate jdbc;

    long article;

    @BeforeEach
    void storeAnArticle() {
        TestDatabase.clear(jdbc);
        article = ingest.ingest(new ArticleInput(TEXT, null, null, null, LocalDate.of(2025, 5, 1), null),
                "two-outlets.txt").articleId();
    }

    private Claim claimOn(String part) {
        int start = TEXT.indexOf(part);
        return claims.findByArticleIdOrderBySentenceIndexAscIdAsc(article).stream()
                .filter(c -> c.getStartOffset() == start && c.getEndOffset() == start + part.length())
                .findFirst().orElse(null);
    }

    @Test
    void eachOutletHasItsClaimAndEachPledgeStandsInItsOwn() {
        assertThat(claimOn(TIMES).getOutlet().getName()).isEqualTo("The Times");
        assertThat(claimOn(MONDE).getOutlet().getName()).isEqualTo("Le Monde");
        List<TroopPledge> found = pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(article);
        assertThat(found).extracting(TroopPledge::getActor).contains("FR", "DE");
        found.forEach(p -> assertThat(p.getClaim().getId()).as(p.getActor())
                .isEqualTo((p.getActor().equals("FR") ? claimOn(TIMES) : claimOn(MONDE)).getId()));
    }

    @Test
    void aVerdictAndACorrectionStayOnTheirClaimAfterReextraction() {
        verdicts.decide(article, claimOn(MONDE).getId(), new VerdictForm(Rating.DISPUTED, "Berlin denies it."), "admin");
        claimCorrections.correct(article, claimOn(TIMES).getId(), new ClaimForm("", "Emmanuel Macron", "FR", null),
                "admin");

        reextract.reextractAll();

        assertThat(reader.review(article).verdict(claimOn(MONDE).getId()).verdict()).isEqualTo(Rating.DISPUTED);
        assertThat(reader.review(article).verdict(claimOn(TIMES).getId())).isNull();
        assertThat(claimOn(TIMES).getSpeaker()).isEqualTo("Emmanuel Macron");
        assertThat(claimOn(MONDE).getSpeaker()).isNull();
    }

    @Test
    void theSentenceCountsAsClaimedWhenAddingAClaim() {
        int start = TEXT.indexOf(TIMES);
        assertThat(reader.sentences(article, null, null).sentences()).filteredOn(s -> s.start() == start)
                .singleElement().satisfies(s -> assertThat(s.claimed()).isTrue());
    }
}
