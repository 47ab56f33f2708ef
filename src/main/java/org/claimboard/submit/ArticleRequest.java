package org.claimboard.submit;

import java.util.Optional;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;

import org.claimboard.extraction.ArticleInput;

/**
 * The JSON body of {@code POST /api/articles}: exactly one of {@code text}, {@code html} or {@code url}, and
 * optional metadata that overrides what a page declares.
 */
@Schema(name = "ArticleRequest", description = "Exactly one of text, html or url. title, publisher, author, "
        + "published (YYYY-MM-DD) and source (an http(s) address) are optional and override what a page declares.")
record ArticleRequest(String text, String html, String url, String title, String publisher, String author,
                      String published, String source) {

    /** What is wrong with this request, in words for the caller; empty when it can be submitted. */
    Optional<String> problem() {
        long given = Stream.of(text, html, url).filter(value -> value != null).count();
        if (given != 1) {
            return Optional.of("Send exactly one of \"text\", \"html\" or \"url\" (got " + given + ").");
        }
        if (!Dates.isValid(published)) {
            return Optional.of("\"published\" must be an ISO date such as 2025-04-26, not \u201C" + published
                    + "\u201D.");
        }
        if (title != null && title.length() > 1000) {
            return Optional.of("\"title\" may be at most 1000 characters long.");
        }
        if (Stream.of(publisher, author).anyMatch(name -> name != null && name.length() > 300)) {
            return Optional.of("\"publisher\" and \"author\" may be at most 300 characters long.");
        }
        if (source != null && source.length() > 2000) {
            return Optional.of("\"source\" may be at most 2000 characters long.");
        }
        if (source != null && !source.isBlank() && !source.strip().matches("(?i)https?://\\S+")) {
            return Optional.of("\"source\" must be a web address starting with http:// or https://.");
        }
        return Optional.empty();
    }

    /** The metadata (and the text, if given); only for a request without {@link #problem()}. */
    ArticleInput toInput() {
        return new ArticleInput(text, PasteCommand.blankToNull(title), PasteCommand.blankToNull(publisher),
                PasteCommand.blankToNull(author), Dates.parse(published), PasteCommand.blankToNull(source));
    }
}
