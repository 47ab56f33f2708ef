package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimboard.support.TestDatabase.count;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@Import(ScriptedExtraction.class)
class ReextractServiceTest {

    static final String ABOUT_FRANCE = ArticleIngestServiceTest.TEXT;
    static final String ABOUT_POLAND = "The Times reported that Poland will send 5,000 troops. Germany declined.";

    @Autowired
    ReextractService reextract;

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ScriptedExtraction.ScriptedStep step;

    @Autowired
    ClaimRepository claims;

    @Autowired
    JdbcTemplate jdbc;

    Long france;
    Long poland;

    @BeforeEach
    void storeTwoArticles() {
        TestDatabase.clear(jdbc);
        step.reset();
        france = ingest.ingest(new ArticleInput(ABOUT_FRANCE, null, null, null, LocalDate.of(2025, 5, 1), null),
                "france.txt").articleId();
        poland = ingest.ingest(ArticleInput.of(ABOUT_POLAND), "poland.txt").articleId();
    }

    @AfterEach
    void resetStep() {
        step.reset();
    }

    private List<String> derivedRowCounts() {
        return List.of("article", "mention", "claim", "claim_country", "troop_pledge", "outlet", "country")
                .stream().map(table -> table + "=" + count(jdbc, table)).toList();
    }

    private List<Long> claimIds() {
        return claims.findAll().stream().map(Claim::getId).sorted().toList();
    }

    @Test
    void unchangedResultsAreReplacedNotDuplicated() {
        List<String> before = derivedRowCounts();
        List<Long> oldClaims = claimIds();

        ReextractSummary summary = reextract.reextractAll();

        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.failed()).isZero();
        assertThat(summary.claims()).isEqualTo(oldClaims.size());
        assertThat(derivedRowCounts()).isEqualTo(before);
        assertThat(claimIds()).doesNotContainAnyElementsOf(oldClaims);
        assertThat(reextract.reextractAll().articles()).isEqualTo(2);
        assertThat(derivedRowCounts()).isEqualTo(before);
    }

    @Test
    void newResultsReplaceTheOldOnes() {
        assertThat(count(jdbc, "troop_pledge where actor = 'PL'")).isEqualTo(2);

        step.knowsPoland = false;
        reextract.reextractAll();

        assertThat(count(jdbc, "troop_pledge where actor = 'PL'")).isZero();
        assertThat(count(jdbc, "claim_country where country_code = 'PL'")).isZero();
        assertThat(count(jdbc, "mention where mention_value = 'PL'")).isZero();
        assertThat(claims.search(ClaimFilter.none().withCountries(java.util.Set.of("PL")), Pageable.unpaged()))
                .isEmpty();

        step.knowsPoland = true;
        reextract.reextractAll();
        assertThat(count(jdbc, "troop_pledge where actor = 'PL'")).isEqualTo(2);
    }

    @Test
    void anArticleThatFailsKeepsItsResultsAndTheOthersAreDone() {
        long franceClaims = claims.countByArticleId(france);
        step.knowsPoland = false;
        step.breaksOn = "Keir Starmer"; // only in the France article

        ReextractSummary summary = reextract.reextractAll();

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.articles()).isEqualTo(1);
        assertThat(claims.countByArticleId(france)).isEqualTo(franceClaims);
        assertThat(count(jdbc, "claim c join claim_country k on k.claim_id = c.id "
                + "where k.country_code = 'PL' and c.article_id = " + france)).isEqualTo(1);
        assertThat(count(jdbc, "claim c join claim_country k on k.claim_id = c.id "
                + "where k.country_code = 'PL' and c.article_id = " + poland)).isZero();
    }

    @Test
    void walksEveryArticleInBatches() {
        for (int i = 0; i < ReextractService.BATCH + 5; i++) {
            ingest.ingest(ArticleInput.of("France will send 5,000 troops, says note " + i + "."), "n" + i);
        }
        assertThat(reextract.reextractAll().articles()).isEqualTo(ReextractService.BATCH + 7);
    }
}
