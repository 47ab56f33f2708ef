package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HtmlArticleTest {

    @Test
    void keepsParagraphBreaksAndDropsScripts() {
        String text = HtmlText.toText("<html><body><h1>Title</h1><p>One <b>bold</b>\n word.</p>"
                + "<script>alert(1)</script><p>Two<br>lines</p></body></html>");
        assertThat(text).isEqualTo("Title\n\nOne bold word.\n\nTwo\nlines");
    }

    @Test
    void readsTitlePublisherAuthorAndPublicationDateFromTheHead() {
        ArticleInput input = HtmlArticle.parse("<html><head><title>Page</title>"
                + "<meta property=\"og:site_name\" content=\"Kyiv Ledger\">"
                + "<meta name=\"author\" content=\"Anna K\">"
                + "<meta property=\"article:published_time\" content=\"2026-01-07T08:30:00+02:00\">"
                + "</head><body><p>Text.</p></body></html>");
        assertThat(input.title()).isEqualTo("Page");
        assertThat(input.publisher()).isEqualTo("Kyiv Ledger");
        assertThat(input.author()).isEqualTo("Anna K");
        assertThat(input.published()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(input.text()).isEqualTo("Text.");
    }

    @Test
    void fallsBackToTimeElementsAndIgnoresUnreadableDates() {
        assertThat(HtmlArticle.parse("<time datetime=\"2025-04-26\">26 April</time>").published())
                .isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(HtmlArticle.parse("<meta property=\"article:published_time\" content=\"yesterday-ish\">")
                .published()).isNull();
        assertThat(HtmlArticle.parse("").text()).isEmpty();
    }
}
