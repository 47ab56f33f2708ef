package org.claimboard.ingest;

import java.io.IOException;
import java.io.InputStream;
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

    private static final String NOT_AN_ARTICLE = "not an article file (expected .txt or .html)";

    private SeedFiles() {
    }

    public static boolean isHtml(Path file) {
        return isHtml(file.getFileName().toString());
    }

    public static boolean isText(Path file) {
        return isText(file.getFileName().toString());
    }

    static boolean isHtml(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    static boolean isText(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md");
    }

    public static ArticleInput read(Path file) throws UnreadableArticleException {
        if (!isArticleFile(file.getFileName().toString())) {
            throw new UnreadableArticleException(NOT_AN_ARTICLE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (NoSuchFileException e) {
            throw new UnreadableArticleException("cannot be read: no such file", e);
        } catch (IOException e) {
            throw new UnreadableArticleException("cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads an article from a stream (a file, an entry of a zip archive), whose name says how. At most
     * {@link #MAX_BYTES} are read whatever size the source declares: an archive entry may lie about it.
     */
    public static ArticleInput read(String name, InputStream in) throws UnreadableArticleException {
        String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (!isArticleFile(fileName)) {
            throw new UnreadableArticleException(NOT_AN_ARTICLE);
        }
        String content = decode(bytesOf(in));
        if (isHtml(fileName)) {
            return ArticlePage.parse(content).withSource(fileName);
        }
        return ArticleInput.of(content).withSource(fileName);
    }

    public static boolean isArticleFile(String name) {
        return isHtml(name) || isText(name);
    }

    private static byte[] bytesOf(InputStream in) throws UnreadableArticleException {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableArticleException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
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
