package org.claimboard.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.dedup.Fingerprint;
import org.claimboard.dedup.NearCopyIndex;
import org.claimboard.dedup.NearDuplicates;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.DatePrecision;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.ExtractionPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one article and everything extracted from it, all or nothing (one transaction per article).
 * <p>
 * A text that is empty, binary or has no letters is refused; a real text in which the extractor finds
 * nothing is still stored: it is an article, and a better extractor may find something in it later
 * (see {@link ReextractService}). The same text (after {@link ArticleTexts#normalise}) is stored once.
 * Extraction runs before the transaction opens, so the database is held only while rows are written.
 * A text that repeats a stored one with other boilerplate or headline (a syndicated copy) is stored too, linked
 * to that original ({@code near_copy_of}); its fingerprint and bands are written in the same transaction.
 */
@Service
public class ArticleIngestService {

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestService.class);

    private final ArticleRepository articles;
    private final ExtractionPipeline pipeline;
    private final ExtractionWriter writer;
    private final NearCopyIndex nearCopies;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ArticleIngestService(ArticleRepository articles, ExtractionPipeline pipeline, ExtractionWriter writer,
                         NearCopyIndex nearCopies, PlatformTransactionManager transactionManager,
                         Optional<Clock> clock) {
        this.articles = articles;
        this.pipeline = pipeline;
        this.writer = writer;
        this.nearCopies = nearCopies;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Never throws for bad input or a failing step: the outcome says what happened and why. */
    public IngestOutcome ingest(ArticleInput input, String source) {
        String name = Limits.fit(source != null ? source : input.source(), Limits.SOURCE);
        String text = ArticleTexts.normalise(input.text());
        Optional<String> problem = ArticleTexts.problemWith(text);
        if (problem.isPresent()) {
            return IngestOutcome.failed(name, problem.get());
        }
        String hash = ArticleTexts.contentHash(text);
        Optional<Long> existing = articles.findIdByContentHash(hash);
        if (existing.isPresent()) {
            return IngestOutcome.duplicate(existing.get(), name);
        }
        Extraction found;
        try {
            found = pipeline.extract(new ArticleInput(text, input.title(), input.publisher(), input.author(),
                    input.published(), name));
        } catch (RuntimeException e) {
            log.warn("Extraction failed for {}", name, e);
            return IngestOutcome.failed(name, "extraction failed: " + describe(e));
        }
        Fingerprint print = NearDuplicates.fingerprint(text);
        try {
            return transaction.execute(status -> store(text, hash, name, found, print));
        } catch (DataIntegrityViolationException raced) {
            return articles.findIdByContentHash(hash).map(id -> IngestOutcome.duplicate(id, name))
                    .orElseGet(() -> failedToStore(name, raced));
        } catch (RuntimeException e) {
            return failedToStore(name, e);
        }
    }

    private IngestOutcome store(String text, String hash, String source, Extraction found, Fingerprint print) {
        Optional<Long> existing = articles.findIdByContentHash(hash);
        if (existing.isPresent()) {
            return IngestOutcome.duplicate(existing.get(), source);
        }
        Article article = new Article(text, hash, Instant.now(clock));
        article.setSource(source);
        applyMetadata(article, found);
        Long original = nearCopies.originalOf(print, Long.MAX_VALUE).orElse(null);
        article.setFingerprint(print.encoded());
        article.setNearCopyOf(original);
        articles.save(article);
        nearCopies.add(article.getId(), print);
        ExtractionWriter.Written written = writer.write(article, found);
        log.debug("{}: {} claims, {} pledges, {} mentions", source, written.claims(), written.pledges(),
                written.mentions());
        return IngestOutcome.added(article.getId(), source, original);
    }

    /** Title, publisher, author and publication date as given, else as the extractor found them. */
    static void applyMetadata(Article article, Extraction found) {
        article.setTitle(Limits.fit(found.title(), Limits.TITLE));
        article.setPublisher(Limits.fit(found.publisher(), Limits.NAME));
        article.setAuthor(Limits.fit(found.author(), Limits.NAME));
        article.setPublished(found.published(), DatePrecision.DAY);
    }

    private static IngestOutcome failedToStore(String source, RuntimeException e) {
        log.warn("Could not store {}; nothing of it was saved", source, e);
        return IngestOutcome.failed(source, "could not be stored (nothing was saved): " + describe(e));
    }

    /** The innermost cause's message, cut to 300 characters: what a user can act on. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
