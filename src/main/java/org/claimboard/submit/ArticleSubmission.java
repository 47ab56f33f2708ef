package org.claimboard.submit;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.fetch.ArticlePage;
import org.claimboard.fetch.FetchException;
import org.claimboard.fetch.SafeFetcher;
import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.IngestOutcome;
import org.claimboard.ingest.SeedFiles;
import org.claimboard.ingest.UnreadableArticleException;
import org.claimboard.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Text, HTML, a file or a web address in; one ingest outcome out. Never throws for bad input: a FAILED outcome
 * carries a reason fit to show. Metadata the user typed wins over what the page declares.
 */
@Service
public class ArticleSubmission {

    /** The same limit as an uploaded file: a longer text is not a news article. */
    public static final int MAX_CHARS = 5 * 1024 * 1024;

    static final String PASTED = "pasted text";

    private final ArticleIngestService ingest;
    private final SafeFetcher fetcher;
    private final ArticleRepository articles;
    private final ClaimRepository claims;

    ArticleSubmission(ArticleIngestService ingest, SafeFetcher fetcher, ArticleRepository articles,
                      ClaimRepository claims) {
        this.ingest = ingest;
        this.fetcher = fetcher;
        this.articles = articles;
        this.claims = claims;
    }

    /** Plain text with the metadata given; the source is the given address, else "pasted text". */
    public IngestOutcome text(ArticleInput given) {
        String source = given.source() != null ? given.source() : PASTED;
        if (given.text().length() > MAX_CHARS) {
            return tooLong(source);
        }
        return ingest.ingest(given, source);
    }

    /** An HTML page's article body and metadata; {@code given} supplies metadata that overrides the page's. */
    public IngestOutcome html(String html, ArticleInput given) {
        String source = given.source() != null ? given.source() : "pasted HTML";
        if (html.length() > MAX_CHARS) {
            return tooLong(source);
        }
        return fromPage(ArticlePage.parse(html), given, source);
    }

    /** An uploaded file, read like a seed file: strict UTF-8, {@code .html} through the page reader. */
    public IngestOutcome file(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "unnamed file" : fileName;
        ArticleInput read;
        try {
            read = SeedFiles.read(name, new ByteArrayInputStream(content));
        } catch (UnreadableArticleException e) {
            String reason = e.getMessage();
            return IngestOutcome.failed(name, reason.startsWith("is ") || reason.startsWith("larger ")
                    ? "the file " + reason : reason);
        }
        if (read.text().isBlank() && hasVisibleBytes(content)) {
            return IngestOutcome.failed(name, "no article text was found in this page");
        }
        return ingest.ingest(read, name);
    }

    /** Fetches the page; the date it declares goes to the extractor so "on Tuesday" or "3 May" can be dated. */
    public IngestOutcome url(String address, ArticleInput given) {
        String shown = address == null ? "" : address.strip();
        ArticleInput page;
        try {
            page = ArticlePage.from(fetcher.fetch(shown));
        } catch (FetchException e) {
            return IngestOutcome.failed(shown, e.getMessage());
        }
        return fromPage(page, given, given.source() != null ? given.source() : page.source());
    }

    /** The article as the API describes it after an add or for a duplicate. */
    @Transactional(readOnly = true)
    public SubmittedArticle describe(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        return new SubmittedArticle(id, article.label(), claims.countByArticleId(id), "/articles/" + id);
    }

    /** "the text is empty" becomes "The text is empty." for a page or an API message. */
    public static String sentence(String reason) {
        if (reason == null || reason.isBlank()) {
            return "The article could not be added.";
        }
        String text = reason.strip();
        String first = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return first.endsWith(".") || first.endsWith(")") ? first : first + ".";
    }

    private IngestOutcome fromPage(ArticleInput page, ArticleInput given, String source) {
        if (page.text().isBlank()) {
            return IngestOutcome.failed(source, "no article text was found in this page");
        }
        ArticleInput merged = new ArticleInput(page.text(), first(given.title(), page.title()),
                first(given.publisher(), page.publisher()), first(given.author(), page.author()),
                given.published() != null ? given.published() : page.published(), source);
        return ingest.ingest(merged, source);
    }

    /** A blank result from a file that is not blank: markup without an article, since text is read as is. */
    private static boolean hasVisibleBytes(byte[] content) {
        for (byte b : content) {
            if ((b & 0xFF) > ' ') {
                return true;
            }
        }
        return false;
    }

    private static String first(String given, String found) {
        return given != null && !given.isBlank() ? given : found;
    }

    private static IngestOutcome tooLong(String source) {
        return IngestOutcome.failed(source, "the text is longer than " + MAX_CHARS / (1024 * 1024)
                + " MB; a news article is much shorter");
    }
}
