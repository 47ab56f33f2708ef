package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimboard.support.TestDatabase.count;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.dedup.Bands;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Syndicated copies are stored and linked to their original, by whatever route they arrive. */
@SpringBootTest
@Import(ScriptedExtraction.class)
class NearCopyIngestTest {

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ReextractService reextract;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    static String text(String name) throws IOException {
        try (InputStream in = NearCopyIngestTest.class.getResourceAsStream("/dedup/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    IngestOutcome store(String name) throws IOException {
        return ingest.ingest(ArticleInput.of(text(name)), name);
    }

    @Test
    void aSyndicatedCopyIsStoredAndLinkedToItsOriginalButAnotherStoryIsNot() throws IOException {
        IngestOutcome original = store("original.txt");
        IngestOutcome sameTopic = store("same-topic.txt");
        IngestOutcome copy = store("syndicated.txt");

        assertThat(original.isAdded()).isTrue();
        assertThat(original.nearCopyOf()).isNull();
        assertThat(sameTopic.isAdded()).isTrue();
        assertThat(sameTopic.nearCopyOf()).isNull();
        assertThat(copy.isAdded()).isTrue();
        assertThat(copy.nearCopyOf()).isEqualTo(original.articleId());
        assertThat(copy).hasToString("syndicated.txt: added as article " + copy.articleId()
                + "; also published as article " + original.articleId());

        assertThat(articles.findById(copy.articleId()).orElseThrow().getNearCopyOf()).isEqualTo(original.articleId());
        assertThat(articles.findById(sameTopic.articleId()).orElseThrow().getNearCopyOf()).isNull();
        assertThat(count(jdbc, "article_band")).isEqualTo(3L * Bands.BANDS);
        assertThat(articles.findAll()).allSatisfy(a -> assertThat(a.getFingerprint()).startsWith("mh1:"));
    }

    @Test
    void aThirdCopyLinksToTheOriginalNotToTheCopyItMatched() throws IOException {
        IngestOutcome original = store("original.txt");
        store("syndicated.txt");
        IngestOutcome third = ingest.ingest(ArticleInput.of(text("syndicated.txt").replace(
                "EUROPE SPLIT ON TROOPS: WHO WILL GO TO UKRAINE?", "Ukraine force: the European split")), "third.txt");
        assertThat(third.nearCopyOf()).isEqualTo(original.articleId());
    }

    @Test
    void anExactDuplicateIsStillRefused() throws IOException {
        IngestOutcome original = store("original.txt");
        IngestOutcome again = ingest.ingest(ArticleInput.of(text("original.txt")), "again.txt");
        assertThat(again.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(original.articleId());
        assertThat(count(jdbc, "article")).isEqualTo(1);
    }

    @Test
    void theLinkSurvivesReextraction() throws IOException {
        IngestOutcome original = store("original.txt");
        IngestOutcome copy = store("syndicated.txt");
        assertThat(reextract.reextractAll().failed()).isZero();
        assertThat(articles.findById(copy.articleId()).orElseThrow().getNearCopyOf()).isEqualTo(original.articleId());
        assertThat(count(jdbc, "article_band")).isEqualTo(2L * Bands.BANDS);
    }

    @Test
    void reextractionFingerprintsAndLinksArticlesStoredBeforeNearCopiesWereDetected() throws IOException {
        IngestOutcome original = store("original.txt");
        IngestOutcome copy = store("syndicated.txt");
        IngestOutcome other = store("same-topic.txt");
        // as the V3 migration leaves older articles: no fingerprint, no bands, no link
        jdbc.update("delete from article_band");
        jdbc.update("update article set fingerprint = null, near_copy_of = null");

        reextract.reextractAll();

        List<Article> all = articles.findAll();
        assertThat(all).allSatisfy(a -> assertThat(a.getFingerprint()).isNotNull());
        assertThat(articles.findById(copy.articleId()).orElseThrow().getNearCopyOf()).isEqualTo(original.articleId());
        assertThat(articles.findById(original.articleId()).orElseThrow().getNearCopyOf()).isNull();
        assertThat(articles.findById(other.articleId()).orElseThrow().getNearCopyOf()).isNull();
        assertThat(count(jdbc, "article_band")).isEqualTo(3L * Bands.BANDS);
    }

    @Test
    void reextractionLinksCopiesStoredAfterNearCopiesWereDetectedToTheOlderArticleTheyRepeat() throws IOException {
        IngestOutcome old = store("original.txt");
        // as the V3 migration leaves an older article: no fingerprint, no bands
        jdbc.update("delete from article_band where article_id = ?", old.articleId());
        jdbc.update("update article set fingerprint = null where id = ?", old.articleId());
        IngestOutcome copy = store("syndicated.txt");
        IngestOutcome copyOfCopy = ingest.ingest(ArticleInput.of(text("syndicated.txt").replace(
                "EUROPE SPLIT ON TROOPS: WHO WILL GO TO UKRAINE?", "Ukraine force: the European split")), "third.txt");
        IngestOutcome other = store("same-topic.txt");
        assertThat(copy.nearCopyOf()).isNull();
        assertThat(copyOfCopy.nearCopyOf()).isEqualTo(copy.articleId());

        assertThat(reextract.reextractAll().failed()).isZero();

        assertThat(nearCopyOf(old)).isNull();
        assertThat(nearCopyOf(copy)).isEqualTo(old.articleId());
        assertThat(nearCopyOf(copyOfCopy)).as("links point at the original, not at a copy").isEqualTo(old.articleId());
        assertThat(nearCopyOf(other)).isNull();
        assertThat(count(jdbc, "article_band")).isEqualTo(4L * Bands.BANDS);
    }

    Long nearCopyOf(IngestOutcome outcome) {
        return articles.findById(outcome.articleId()).orElseThrow().getNearCopyOf();
    }

    @Test
    void aFailureWhileStoringLeavesNoFingerprintBandsOrLink() throws IOException {
        store("original.txt");
        IngestOutcome broken = ingest.ingest(ArticleInput.of(text("syndicated.txt") + "\n"
                + ScriptedExtraction.STORAGE_BREAKS), "broken.txt");
        assertThat(broken.status()).isEqualTo(IngestOutcome.Status.FAILED);
        assertThat(count(jdbc, "article")).isEqualTo(1);
        assertThat(count(jdbc, "article_band")).isEqualTo(Bands.BANDS);
    }
}
