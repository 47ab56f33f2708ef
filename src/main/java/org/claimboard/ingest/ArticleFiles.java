package org.claimboard.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.HtmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article file: {@code .txt} (or {@code .text}, {@code .md}) as plain text, {@code .html} /
 * {@code .htm} as a web page (text via {@link HtmlText}, title and, when the page declares them, publisher,
 * author and publication date from its head). The bytes must be valid UTF-8: a file that is not is refused
 * rather than read with replacement characters.
 */
public final class ArticleFiles {

    /** Larger files are not news articles; refusing them keeps a stray dump from filling memory. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private ArticleFiles() {
    }

    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    public static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md");
    }

    public static ArticleInput read(Path file) throws UnreadableArticleException {
        String source = file.getFileName().toString();
        if (!isHtml(file) && !isText(file)) {
            throw new UnreadableArticleException("not an article file (expected .txt or .html)");
        }
        String content = decode(bytesOf(file));
        if (isHtml(file)) {
            return fromHtml(content, source);
        }
        return new ArticleInput(content, null, null, null, null, source);
    }

    /** A web page as an article: its readable text and the metadata its head declares. */
    public static ArticleInput fromHtml(String html, String source) {
        Document page = Jsoup.parse(html);
        String title = page.title().isBlank() ? null : page.title().strip();
        return new ArticleInput(HtmlText.toText(html), title,
                meta(page, "meta[property=og:site_name]", "meta[name=publisher]"),
                meta(page, "meta[name=author]", "meta[property=article:author]"),
                publishedOn(page), source);
    }

    private static byte[] bytesOf(Path file) throws UnreadableArticleException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableArticleException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableArticleException("cannot be read: " + e.getMessage(), e);
        }
    }

    static String decode(byte[] bytes) throws UnreadableArticleException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new UnreadableArticleException("is not valid UTF-8 (save it as UTF-8 and try again)", e);
        } catch (CharacterCodingException e) {
            throw new UnreadableArticleException("is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    private static String meta(Document page, String... selectors) {
        for (String selector : selectors) {
            Element element = page.selectFirst(selector);
            if (element != null && !element.attr("content").isBlank()) {
                return element.attr("content").strip();
            }
        }
        return null;
    }

    private static LocalDate publishedOn(Document page) {
        String value = meta(page, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=date]", "meta[name=pubdate]");
        if (value == null) {
            Element time = page.selectFirst(
                    "time[itemprop=datePublished], header time[datetime], article time[datetime]");
            value = time == null ? null : time.attr("datetime");
        }
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException notIso) {
            return null;
        }
    }
}
