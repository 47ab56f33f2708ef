package org.claimboard.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word list kept as data under {@code src/main/resources/extraction/}: one entry a line,
 * fields separated by tabs, blank lines and lines starting with '#' ignored.
 */
public final class Lexicon {

    private Lexicon() {
    }

    public static List<String[]> rows(String name) {
        String path = "/extraction/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the classpath: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    String[] fields = trimmed.split("\t");
                    for (int k = 0; k < fields.length; k++) {
                        fields[k] = fields[k].strip();
                    }
                    rows.add(fields);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }

    /** The first field of every row, for plain word lists. */
    public static List<String> words(String name) {
        return rows(name).stream().map(r -> r[0]).toList();
    }
}
