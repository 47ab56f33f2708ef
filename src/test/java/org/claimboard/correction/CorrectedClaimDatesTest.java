package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.YearSource;
import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.ReextractService;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim form comes pre-filled with the date the claim shows, which may carry a year the extractor only took
 * from the publication date. Saving the form without touching the date must not make that year stated.
 */
@SpringBootTest
class CorrectedClaimDatesTest {

    /** No year in the sentence: it comes from the publication date, 1 May 2025. */
    static final String TEXT = "Germany declined to send troops on 10 April.";
    static final LocalDate INFERRED = LocalDate.of(2025, 4, 10);

    @Autowired ArticleIngestService ingest;
    @Autowired ReextractService reextract;
    @Autowired ClaimCorrections corrections;
    @Autowired CorrectionReader reader;
    @Autowired ClaimRepository claims;
    @Autowired JdbcTemplate jdbc;

    long article;

    @BeforeEach
    void storeAnArticleWithAnInferredYear() {
        TestDatabase.clear(jdbc);
        article = ingest.ingest(new ArticleInput(TEXT, null, null, null, LocalDate.of(2025, 5, 1), null),
                "inferred-year.txt").articleId();
        assertThat(claim().getEventDate()).isEqualTo(INFERRED);
        assertThat(claim().getYearSource()).isEqualTo(YearSource.PUBLICATION);
    }

    private Claim claim() {
        return claims.findByArticleIdOrderBySentenceIndexAscIdAsc(article).stream().findFirst().orElseThrow();
    }

    /** Saves the edit page's form as it comes, with only the speaker changed (and the date if one is given). */
    private void save(String speaker, LocalDate newDate) {
        long id = claim().getId();
        ClaimForm shown = reader.claim(article, id).form();
        corrections.correct(article, id, new ClaimForm(shown.outlet(), speaker, shown.countries(),
                newDate == null ? shown.date() : newDate), "admin");
    }

    @Test
    void aSpeakerOnlyCorrectionKeepsAnInferredDateInferredAlsoAfterReextraction() {
        save("Olaf Scholz", null);

        assertThat(claim().getSpeaker()).isEqualTo("Olaf Scholz");
        assertThat(claim().getEventDate()).isEqualTo(INFERRED);
        assertThat(claim().getYearSource()).isEqualTo(YearSource.PUBLICATION);
        assertThat(jdbc.queryForObject("select event_date from correction", LocalDate.class))
                .as("no date pinned").isNull();
        assertThat(reader.review(article).trail()).extracting(AuditLine::field).containsExactly("speaker");

        reextract.reextractAll();

        assertThat(claim().getSpeaker()).isEqualTo("Olaf Scholz");
        assertThat(claim().getEventDate()).isEqualTo(INFERRED);
        assertThat(claim().getYearSource()).isEqualTo(YearSource.PUBLICATION);
    }

    @Test
    void aChangedDateIsStatedAndAnotherEditorsSpeakerOnlyCorrectionKeepsIt() {
        save("Olaf Scholz", LocalDate.of(2024, 4, 10));
        save("Boris Pistorius", null);

        reextract.reextractAll();

        assertThat(claim().getSpeaker()).isEqualTo("Boris Pistorius");
        assertThat(claim().getEventDate()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(claim().getYearSource()).isEqualTo(YearSource.STATED);
    }
}
