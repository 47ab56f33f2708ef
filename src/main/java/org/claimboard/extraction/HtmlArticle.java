package org.claimboard.extraction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML page into an article: its text (via {@link HtmlText}) and the metadata its head declares. */
public final class HtmlArticle {

    private HtmlArticle() {
    }

    public static ArticleInput parse(String html) {
        Document page = Jsoup.parse(html == null ? "" : html);
        String title = firstNonBlank(meta(page, "property", "og:title"), page.title());
        String publisher = meta(page, "property", "og:site_name");
        String author = meta(page, "name", "author");
        LocalDate published = date(firstNonBlank(meta(page, "property", "article:published_time"),
                attribute(page.selectFirst("time[datetime]"), "datetime")));
        return new ArticleInput(HtmlText.toText(html), title, publisher, author, published, null);
    }

    private static String meta(Document page, String attribute, String value) {
        Element element = page.selectFirst("meta[" + attribute + "=" + value + "]");
        return attribute(element, "content");
    }

    private static String attribute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }

    /** "2025-04-26", "2025-04-26T09:00:00Z" or with an offset; null when absent or unreadable. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
