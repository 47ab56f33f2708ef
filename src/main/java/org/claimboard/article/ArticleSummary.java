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

    /** What to call the article in lists: its title, else its file name or URL, else its number. */
    default String label() {
        String title = getTitle();
        if (title != null && !title.isBlank()) {
            return title;
        }
        String source = getSource();
        if (source != null && !source.isBlank()) {
            return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        }
        return "Article " + getId();
    }
}
