package org.claimboard.submit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.claimboard.extraction.ArticleInput;

/**
 * The paste form. The date stays a string so that whatever the user typed comes back to them with the error;
 * the controller checks it with {@link Dates}.
 */
record PasteCommand(
        @NotBlank(message = "{submit.error.text.blank}")
        @Size(max = ArticleSubmission.MAX_CHARS, message = "{submit.error.text.long}") String text,
        @Size(max = 1000, message = "{submit.error.title.long}") String title,
        @Size(max = 300, message = "{submit.error.name.long}") String publisher,
        @Size(max = 300, message = "{submit.error.name.long}") String author,
        String published,
        @Size(max = 2000, message = "{submit.error.source.long}")
        @Pattern(regexp = "|(?i)https?://\\S+", message = "{submit.error.source}") String source) {

    static PasteCommand empty() {
        return new PasteCommand("", "", "", "", "", "");
    }

    /** Only for a valid form: an invalid date throws. */
    ArticleInput toInput() {
        return new ArticleInput(text, blankToNull(title), blankToNull(publisher), blankToNull(author),
                Dates.parse(published), blankToNull(source));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
