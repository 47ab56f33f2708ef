package org.claimboard.fetch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.claimboard.extraction.ArticleInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news page into an {@link ArticleInput}: the article text without page furniture ({@link ArticleBody})
 * and its metadata from Open Graph and meta tags, JSON-LD ({@link JsonLd}) and byline markup ({@link Byline}).
 * An empty text means the page holds no article.
 */
public final class ArticlePage {

    private static final String SCRIPTS = "script, style, noscript, template, iframe, svg";

    private ArticlePage() {
    }

    /** A fetched page: HTML is read as above, plain text is taken as it is. The source is the final address. */
    public static ArticleInput from(FetchedPage page) {
        ArticleInput input = page.isHtml() ? parse(page.body()) : ArticleInput.of(page.body().strip());
        return input.withSource(page.finalUrl().toString());
    }

    public static ArticleInput parse(String html) {
        Document page = Jsoup.parse(html == null ? "" : html);
        JsonLd jsonLd = JsonLd.of(page);
        String title = first(meta(page, "property", "og:title"), jsonLd.headline(), text(page.selectFirst("h1")),
                page.title());
        String publisher = first(meta(page, "property", "og:site_name"), jsonLd.publisher());
        String author = first(meta(page, "name", "author"), jsonLd.author(), Byline.fromMarkup(page));
        LocalDate published = date(first(meta(page, "property", "article:published_time"), jsonLd.datePublished(),
                attribute(page.selectFirst("[itemprop=datePublished]"), "content"),
                attribute(page.selectFirst("article time[datetime]"), "datetime"),
                attribute(page.selectFirst("time[datetime]"), "datetime")));
        page.select(SCRIPTS).remove();
        String body = ArticleBody.text(page);
        String firstLine = body.lines().findFirst().orElse("");
        String bylineAuthor = Byline.fromLine(firstLine);
        if (bylineAuthor != null) {
            body = body.substring(firstLine.length()).strip();
            author = first(author, bylineAuthor);
        }
        return new ArticleInput(body, title, publisher, author, published, null);
    }

    private static String meta(Document page, String attribute, String value) {
        return attribute(page.selectFirst("meta[" + attribute + "=" + value + "]"), "content");
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String blankToNull(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String first(String... values) {
        for (String value : values) {
            String stripped = blankToNull(value);
            if (stripped != null) {
                return stripped;
            }
        }
        return null;
    }

    /** The calendar date at the start of "2025-04-26", "2025-04-26T09:00:00+02:00" and the like; null otherwise. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
