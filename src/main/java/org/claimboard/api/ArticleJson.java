package org.claimboard.api;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleSummary;
import org.claimboard.extraction.ExtractionReport;

/**
 * An article's metadata; the single-article answer adds its stored extraction in the {@code extract}
 * command's shape (lists leave it out).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleJson(long id, String title, String publisher, String author, LocalDate published,
                          String source, Instant ingestedAt, long claimCount, ExtractionReport extraction) {

    static ArticleJson of(ArticleSummary a, long claimCount) {
        return new ArticleJson(a.getId(), a.getTitle(), a.getPublisher(), a.getAuthor(), a.getPublishedOn(),
                a.getSource(), a.getIngestedAt(), claimCount, null);
    }

    static ArticleJson of(Article a, long claimCount, ExtractionReport extraction) {
        return new ArticleJson(a.getId(), a.getTitle(), a.getPublisher(), a.getAuthor(), a.getPublishedOn(),
                a.getSource(), a.getIngestedAt(), claimCount, extraction);
    }
}
