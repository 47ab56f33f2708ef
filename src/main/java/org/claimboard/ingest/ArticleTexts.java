package org.claimboard.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What makes two article texts "the same" and what makes a text no article at all. The stored text is the
 * normalised one, so extraction offsets always point into exactly what the database holds.
 */
public final class ArticleTexts {

    private ArticleTexts() {
    }

    /** NFC, one kind of line break, no byte-order mark, no trailing spaces on lines, no blank edges. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String unified = Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        int lineStart = 0;
        while (lineStart <= unified.length()) {
            int lineEnd = unified.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = unified.length();
            }
            int trimmed = lineEnd;
            while (trimmed > lineStart && Character.isWhitespace(unified.charAt(trimmed - 1))) {
                trimmed--;
            }
            out.append(unified, lineStart, trimmed);
            if (lineEnd < unified.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out.toString().strip();
    }

    /** SHA-256 of the (already normalised) text, lower-case hex. */
    public static String contentHash(String normalisedText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalisedText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    /** Why this text cannot be stored as an article, or empty when it can. */
    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("the text is empty");
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.of("the text contains NUL characters: binary data, not an article");
        }
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f')
                .count();
        if (control * 50 > text.length()) {
            return Optional.of("the text is " + (100 * control / text.length())
                    + "% control characters: binary data, not an article");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of("the text contains no letters");
        }
        return Optional.empty();
    }
}
