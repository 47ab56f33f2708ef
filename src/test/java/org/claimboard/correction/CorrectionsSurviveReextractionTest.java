package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.Verdict.Rating;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Stance;
import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.ReextractService;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' corrections and verdicts change what the pages' queries return, and stay when the real extractor
 * reads the article again and its claims and pledges are deleted and written anew.
 */
@SpringBootTest
class CorrectionsSurviveReextractionTest {

    static final String GERMANY = "Germany declined to send troops on 10 April 2025.";
    static final String TEXT = "The Times reported that France will send 5,000 troops. "
            + GERMANY + " The weather in Kyiv was cold that week.";
    static final String QUIET = "The weather in Kyiv was cold that week.";

    @Autowired ArticleIngestService ingest;
    @Autowired ReextractService reextract;
    @Autowired ClaimCorrections claimCorrections;
    @Autowired PledgeCorrections pledgeCorrections;
    @Autowired VerdictService verdicts;
    @Autowired org.claimboard.claim.Verdicts published;
    @Autowired CorrectionReader reader;
    @Autowired ClaimRepository claims;
    @Autowired TroopPledgeRepository pledges;
    @Autowired JdbcTemplate jdbc;

    long article;

    @BeforeEach
    void storeAnArticle() {
        TestDatabase.clear(jdbc);
        article = ingest.ingest(new ArticleInput(TEXT, null, null, null, LocalDate.of(2025, 5, 1), null),
                "corrections.txt").articleId();
    }

    private TroopPledge pledgeOf(String actor) {
        List<TroopPledge> found = pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(article).stream()
                .filter(p -> p.getActor().equals(actor)).toList();
        assertThat(found).as("pledges of %s", actor).hasSize(1);
        return found.get(0);
    }

    private List<String> actors() {
        return pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(article).stream().map(TroopPledge::getActor)
                .sorted().toList();
    }

    private Claim claimOn(String sentence) {
        int start = TEXT.indexOf(sentence);
        return claims.findByArticleIdOrderBySentenceIndexAscIdAsc(article).stream()
                .filter(c -> c.getStartOffset() == start && c.getEndOffset() == start + sentence.length())
                .findFirst().orElse(null);
    }

    @Test
    void theExtractorFindsTheTwoPledgesAndNoClaimOnTheWeather() {
        assertThat(actors()).containsExactly("DE", "FR");
        assertThat(claimOn(QUIET)).isNull();
    }

    @Test
    void aCorrectedPledgeChangesTheLedgerAndSurvivesReextraction() {
        TroopPledge france = pledgeOf("FR");
        pledgeCorrections.correct(article, france.getId(),
                new PledgeForm("fr", Stance.DECLINED, 2000, null, null, ForceKind.TRAINERS), "admin");

        assertThat(pledges.findLedger("FR", PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(p -> assertThat(p.getStance()).isEqualTo(Stance.DECLINED));

        reextract.reextractAll();

        TroopPledge again = pledgeOf("FR");
        assertThat(again.getId()).as("a new row").isNotEqualTo(france.getId());
        assertThat(again.getStance()).isEqualTo(Stance.DECLINED);
        assertThat(again.getTroops()).isEqualTo(2000);
        assertThat(again.getKind()).isEqualTo(ForceKind.TRAINERS);
        assertThat(pledges.findLedger("FR", PageRequest.of(0, 10)).getContent()).singleElement()
                .satisfies(p -> assertThat(p.getTroops()).isEqualTo(2000));
    }

    @Test
    void correctingACorrectedPledgeAgainKeepsOneCorrectionAndTheLatestValues() {
        pledgeCorrections.correct(article, pledgeOf("FR").getId(),
                new PledgeForm("GB", Stance.OFFERED, 5000, null, null, ForceKind.TROOPS), "admin");
        pledgeCorrections.correct(article, pledgeOf("GB").getId(),
                new PledgeForm("GB", Stance.CONSIDERING, 5000, null, null, ForceKind.TROOPS), "editor");
        reextract.reextractAll();

        assertThat(actors()).containsExactly("DE", "GB");
        assertThat(pledgeOf("GB").getStance()).isEqualTo(Stance.CONSIDERING);
        assertThat(TestDatabase.count(jdbc, "correction")).isEqualTo(1);
    }

    @Test
    void aDeletedPledgeStaysHiddenAfterReextraction() {
        pledgeCorrections.delete(article, pledgeOf("DE").getId(), "admin");
        assertThat(actors()).containsExactly("FR");
        assertThat(pledges.findLedger("DE", PageRequest.of(0, 10))).isEmpty();

        reextract.reextractAll();

        assertThat(actors()).containsExactly("FR");
    }

    @Test
    void anAddedClaimWithAPledgeAppearsAndSurvivesReextraction() {
        int start = TEXT.indexOf(QUIET);
        long id = claimCorrections.add(article, start, start + QUIET.length(),
                new ClaimForm("", "A reporter", "ua, PL", null), "admin");
        pledgeCorrections.add(article, id, new PledgeForm("PL", Stance.CONSIDERING, null, null, null,
                ForceKind.TROOPS), "admin");
        assertThat(claimOn(QUIET)).isNotNull();

        reextract.reextractAll();

        Claim added = claimOn(QUIET);
        assertThat(added).isNotNull();
        assertThat(added.getSpeaker()).isEqualTo("A reporter");
        assertThat(added.getCountries()).extracting(c -> c.getCode()).containsExactlyInAnyOrder("UA", "PL");
        assertThat(pledgeOf("PL").getClaim().getId()).isEqualTo(added.getId());
        assertThat(pledgeOf("PL").getStance()).isEqualTo(Stance.CONSIDERING);
    }

    @Test
    void aCorrectedAndADeletedClaimStaySoAfterReextraction() {
        Claim germany = claimOn(GERMANY);
        Claim france = claimOn("The Times reported that France will send 5,000 troops.");
        claimCorrections.correct(article, france.getId(), new ClaimForm("", "Emmanuel Macron", "FR",
                LocalDate.of(2025, 3, 2)), "admin");
        claimCorrections.delete(article, germany.getId(), "admin");

        reextract.reextractAll();

        assertThat(claimOn(GERMANY)).isNull();
        assertThat(actors()).containsExactly("FR");
        Claim corrected = claimOn("The Times reported that France will send 5,000 troops.");
        assertThat(corrected.getOutlet()).isNull();
        assertThat(corrected.getSpeaker()).isEqualTo("Emmanuel Macron");
        assertThat(corrected.getEventDate()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    @Transactional
    void aVerdictIsStoredWithItsTrimmedNoteAndWhoGaveItWhen() {
        Claim germany = claimOn(GERMANY);
        verdicts.decide(article, germany.getId(), new VerdictForm(Rating.DISPUTED, " Berlin denies it. "), "admin");

        Map<String, Object> row = jdbc.queryForMap("select * from claim_verdict");
        assertThat(row).containsEntry("verdict", "DISPUTED").containsEntry("note", "Berlin denies it.")
                .containsEntry("updated_by", "admin");
        assertThat(((java.time.OffsetDateTime) row.get("updated_at")).toInstant())
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void verdictsSurviveReextraction() {
        Claim germany = claimOn(GERMANY);
        verdicts.decide(article, germany.getId(), new VerdictForm(Rating.DISPUTED, "Berlin denies it."), "admin");

        reextract.reextractAll();

        Claim again = claimOn(GERMANY);
        assertThat(again.getId()).isNotEqualTo(germany.getId());
        VerdictView verdict = reader.review(article).verdict(again.getId());
        assertThat(verdict).isNotNull();
        assertThat(verdict.verdict()).isEqualTo(Rating.DISPUTED);
        assertThat(verdict.note()).isEqualTo("Berlin denies it.");
        assertThat(verdict.by()).isEqualTo("admin");
        assertThat(reader.verdicts(List.of(again.getId(), -1L)))
                .as("as the claim list reads them").containsOnlyKeys(again.getId());
        assertThat(published.of(again.getId())).as("as the claim's page publishes it").hasValueSatisfying(v -> {
            assertThat(v.rating()).isEqualTo(Rating.DISPUTED);
            assertThat(v.note()).isEqualTo("Berlin denies it.");
            assertThat(v.reviewer()).isEqualTo("admin");
        });
        assertThat(published.of(claimOn(TEXT.substring(0, TEXT.indexOf(GERMANY) - 1)).getId())).isEmpty();
    }

    @Test
    void theAuditTrailListsEachActionWithUserAndTime() {
        PledgeForm was = PledgeForm.of(pledgeOf("FR"));
        pledgeCorrections.correct(article, pledgeOf("FR").getId(), new PledgeForm(was.actor(), Stance.DECLINED,
                was.troops(), was.troopsMax(), was.qualifier(), was.kind()), "admin");
        verdicts.decide(article, claimOn(GERMANY).getId(),
                new VerdictForm(Rating.VERIFIED, null), "checker");
        pledgeCorrections.delete(article, pledgeOf("DE").getId(), "admin");

        reextract.reextractAll();

        List<AuditLine> trail = reader.review(article).trail();
        assertThat(trail).extracting(AuditLine::action).containsExactly("DELETED", "VERDICT", "CHANGED");
        assertThat(trail).extracting(AuditLine::user).containsExactly("admin", "checker", "admin");
        AuditLine change = trail.get(2);
        assertThat(change.subject()).isEqualTo("FR pledge");
        assertThat(change.field()).isEqualTo("stance");
        assertThat(change.before()).isEqualTo("offered");
        assertThat(change.after()).isEqualTo("declined");
        assertThat(change.at()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(change.when()).endsWith("UTC");
    }

    @Test
    void aCorrectionThatNoLongerMatchesIsKeptAndChangesNothing() {
        pledgeCorrections.correct(article, pledgeOf("FR").getId(),
                new PledgeForm("FR", Stance.REVERSED, null, null, null, ForceKind.TROOPS), "admin");
        jdbc.update("update correction set pledge_start = pledge_start + 1"); // as if the extractor had moved

        assertThat(reextract.reextractAll().failed()).isZero();

        assertThat(pledgeOf("FR").getStance()).isEqualTo(Stance.OFFERED);
        assertThat(TestDatabase.count(jdbc, "correction")).isEqualTo(1);
    }
}
