package org.claimboard.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article without its text, for lists: a page of summaries never loads the article bodies. */
public interface ArticleSummary {

    Long getId();

    String getTitle();

    String getSource();

    String getPublisher();

    String getAuthor();

    LocalDate getPublishedOn();

    Instant getIngestedAt();
}
