package org.claimboard.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.HtmlArticle;

/** Reads an article file into an {@link ArticleInput}: .html through the HTML reader, anything else as text. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The article in the file, or an exception whose message says plainly what is wrong with it. */
    public static ArticleInput read(Path file) throws IOException {
        String content = decodeUtf8(Files.readAllBytes(file), file);
        String name = file.getFileName().toString();
        ArticleInput input = isHtml(name) ? HtmlArticle.parse(content) : ArticleInput.of(content);
        return input.withSource(name);
    }

    public static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    public static boolean isArticle(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (lower.endsWith(".txt") || isHtml(lower));
    }

    static String decodeUtf8(byte[] bytes, Path file) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not valid UTF-8 text", e);
        }
    }
}
