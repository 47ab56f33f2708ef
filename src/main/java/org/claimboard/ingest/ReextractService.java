package org.claimboard.ingest;

import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.article.MentionRepository;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.dedup.Fingerprint;
import org.claimboard.dedup.NearCopyIndex;
import org.claimboard.dedup.NearDuplicates;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.pledge.TroopPledgeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the current extractor again over every stored article and replaces what was derived from it
 * (mentions, claims, their countries and pledges): one transaction per article, so a failure leaves that
 * article as it was and the others are still done. Articles are walked by id, {@value #BATCH} at a time.
 * The text does not change, so an article's fingerprint and near-copy link are kept; an article stored before
 * near copies were detected gets its fingerprint here, is linked to an earlier article it repeats, and later
 * articles repeating it are linked to it.
 */
@Service
public class ReextractService {

    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(ReextractService.class);

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;
    private final ExtractionPipeline pipeline;
    private final ExtractionWriter writer;
    private final NearCopyIndex nearCopies;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ReextractService(ArticleRepository articles, MentionRepository mentions, ClaimRepository claims,
                     TroopPledgeRepository pledges, ExtractionPipeline pipeline, ExtractionWriter writer,
                     NearCopyIndex nearCopies, PlatformTransactionManager transactionManager,
                     ApplicationEventPublisher events) {
        this.articles = articles;
        this.mentions = mentions;
        this.claims = claims;
        this.pledges = pledges;
        this.pipeline = pipeline;
        this.writer = writer;
        this.nearCopies = nearCopies;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    public ReextractSummary reextractAll() {
        int done = 0;
        int failed = 0;
        long claimCount = 0;
        long pledgeCount = 0;
        long mentionCount = 0;
        long after = 0;
        List<Long> ids;
        while (!(ids = articles.findIdsAfter(after, Limit.of(BATCH))).isEmpty()) {
            for (Long id : ids) {
                try {
                    ReextractSummary one = reextract(id);
                    done++;
                    claimCount += one.claims();
                    pledgeCount += one.pledges();
                    mentionCount += one.mentions();
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Re-extraction of article {} failed; it keeps its earlier results", id, e);
                }
            }
            after = ids.get(ids.size() - 1);
        }
        ReextractSummary summary = new ReextractSummary(done, failed, claimCount, pledgeCount, mentionCount);
        log.info("{}", summary);
        return summary;
    }

    /** Re-extracts one article, replacing its derived rows; throws when the article is gone or a step fails. */
    public ReextractSummary reextract(Long articleId) {
        Article stored = articles.findById(articleId)
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        Extraction found = pipeline.extract(new ArticleInput(stored.getText(), stored.getTitle(),
                stored.getPublisher(), stored.getAuthor(), stored.getPublishedOn(), stored.getSource()));
        Fingerprint missing = stored.getFingerprint() == null ? NearDuplicates.fingerprint(stored.getText()) : null;
        ExtractionWriter.Written written = transaction.execute(status -> {
            pledges.deleteByArticleId(articleId);
            claims.deleteByArticleId(articleId);
            mentions.deleteByArticleId(articleId);
            Article article = articles.findById(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
            ArticleIngestService.applyMetadata(article, found);
            if (missing != null && article.getFingerprint() == null) {
                backfill(article, missing);
            }
            ExtractionWriter.Written rows = writer.write(article, found);
            // Listeners (editors' corrections) run now, in this transaction: the article commits corrected or not at all.
            events.publishEvent(new ExtractionRewritten(articleId));
            return rows;
        });
        return new ReextractSummary(1, 0, written.claims(), written.pledges(), written.mentions());
    }

    /**
     * Fingerprints an article stored before near copies were detected and links it both ways: to an earlier
     * article it repeats, and from later articles that repeat it. Those later ones were ingested while this
     * article had no bands, and re-extraction skips them (they have a fingerprint), so only this step can
     * link them. The earliest article stays the original.
     */
    private void backfill(Article article, Fingerprint print) {
        Long original = nearCopies.originalOf(print, article.getId()).orElse(null);
        article.setNearCopyOf(original);
        article.setFingerprint(print.encoded());
        nearCopies.add(article.getId(), print);
        nearCopies.link(nearCopies.unlinkedCopiesAfter(print, article.getId()),
                original != null ? original : article.getId());
    }
}
