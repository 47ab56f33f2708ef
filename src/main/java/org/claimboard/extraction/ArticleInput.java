package org.claimboard.extraction;

import java.time.LocalDate;

/**
 * An article as it reaches the extractor: its plain text and whatever metadata is known.
 * Every field but {@code text} may be null.
 */
public record ArticleInput(String text, String title, String publisher, String author,
                           LocalDate published, String source) {

    public ArticleInput {
        text = text == null ? "" : text;
    }

    public static ArticleInput of(String text) {
        return new ArticleInput(text, null, null, null, null, null);
    }

    public ArticleInput withSource(String newSource) {
        return new ArticleInput(text, title, publisher, author, published, newSource);
    }
}
