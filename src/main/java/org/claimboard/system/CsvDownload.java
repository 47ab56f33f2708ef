package org.claimboard.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a download of every row a query gives, chunk after chunk, so a large export never holds more than one
 * chunk in memory. Chunks follow each other by keyset (each starts after the last row of the one before), not by
 * offset: nothing is counted, no query gets slower the further the export goes, and rows stored while it runs
 * cannot shift the others into being skipped or written twice. Commons CSV quotes commas, quotes and line
 * breaks; it does not stop spreadsheets from running a cell as a formula, so text starting with = + - @ (or a
 * tab or carriage return) gets a leading apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvDownload {

    /** Rows per query: big enough to be quick, small enough to keep memory flat. */
    public static final int CHUNK_SIZE = 500;

    private CsvDownload() {
    }

    public static <T> void write(HttpServletResponse response, String filename, List<String> header,
                                 Function<ScrollPosition, Window<T>> chunks, Function<T, List<?>> row)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        Writer out = response.getWriter();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        ScrollPosition after = ScrollPosition.keyset();
        Window<T> chunk;
        do {
            chunk = chunks.apply(after);
            for (T item : chunk) {
                csv.printRecord(cells(row.apply(item)));
            }
            csv.flush();
            if (!chunk.isEmpty()) {
                after = chunk.positionAt(chunk.size() - 1);
            }
        } while (chunk.hasNext() && !chunk.isEmpty());
    }

    static List<Object> cells(List<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        values.forEach(v -> cells.add(v instanceof CharSequence text ? defused(text.toString()) : v));
        return cells;
    }

    /** The text, with an apostrophe in front if a spreadsheet would read it as a formula. */
    public static String defused(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }
}
