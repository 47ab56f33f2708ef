package org.claimboard.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Media type and character set of a fetched page: from the Content-Type header, a BOM or an HTML meta tag. */
final class PageCharset {

    private static final int SNIFF_BYTES = 2048;

    private PageCharset() {
    }

    /** "text/html" from "Text/HTML; charset=UTF-8"; empty when there is no header. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    static Charset of(String contentType, byte[] body, boolean html) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        Charset declared = named(parameter(contentType));
        if (declared != null) {
            return declared;
        }
        if (html) {
            String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Charset meta = named(parameter(head.toLowerCase(Locale.ROOT)));
            if (meta != null) {
                return meta;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The value after the first "charset=" in the text, quotes removed; null when there is none. */
    private static String parameter(String text) {
        if (text == null) {
            return null;
        }
        int at = text.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        int start = at + "charset=".length();
        while (start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')) {
            start++;
        }
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        return end > start ? text.substring(start, end) : null;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':');
    }

    private static Charset named(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset fromBom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
