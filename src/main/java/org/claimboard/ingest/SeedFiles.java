package org.claimboard.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.fetch.ArticlePage;

/**
 * Reads an article file for the ingest: {@code .txt} (or {@code .text}, {@code .md}) as plain text,
 * {@code .html} / {@code .htm} as a web page through {@link ArticlePage} (the article body without page furniture, and the title,
 * publisher, author and publication date the page declares). The bytes must be valid UTF-8: a file that is not is refused
 * rather than read with replacement characters.
 */
public final class SeedFiles {

    /** Larger files are not news articles; refusing them keeps a stray dump from filling memory. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private SeedFiles() {
    }

    public static boolean isHtml(Path file) {
        return isHtml(file.getFileName().toString());
    }

    public static boolean isText(Path file) {
        return isText(file.getFileName().toString());
    }

    public static boolean isHtml(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    public static boolean isText(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md");
    }

    public static ArticleInput read(Path file) throws UnreadableArticleException {
        String source = file.getFileName().toString();
        if (!isHtml(file) && !isText(file)) {
            throw new UnreadableArticleException("not an article file (expected .txt or .html)");
        }
        return read(source, bytesOf(file));
    }

    /**
     * Reads an article file's content (a seed file or an upload): strict UTF-8, then HTML through
     * {@link ArticlePage} or plain text, by the file name's ending.
     */
    public static ArticleInput read(String fileName, byte[] content) throws UnreadableArticleException {
        String name = fileName == null ? "" : fileName;
        if (!isHtml(name) && !isText(name)) {
            throw new UnreadableArticleException("not an article file (expected .txt or .html)");
        }
        String text = decode(content);
        if (isHtml(name)) {
            return ArticlePage.parse(text).withSource(fileName);
        }
        return ArticleInput.of(text).withSource(fileName);
    }

    private static byte[] bytesOf(Path file) throws UnreadableArticleException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableArticleException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableArticleException("cannot be read: no such file", e);
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
}
