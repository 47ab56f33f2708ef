package org.claimboard.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a download of every row a paged query gives, page after page, so a large export never holds more than
 * one page in memory. Commons CSV quotes commas, quotes and line breaks; it does not stop spreadsheets from
 * running a cell as a formula, so text starting with = + - @ (or a tab or carriage return) gets a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvDownload {

    /** Rows per query: big enough to be quick, small enough to keep memory flat. */
    public static final int PAGE_SIZE = 500;

    private CsvDownload() {
    }

    public static <T> void write(HttpServletResponse response, String filename, List<String> header,
                                 IntFunction<Page<T>> pages, Function<T, List<?>> row) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        Writer out = response.getWriter();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        Page<T> page;
        int index = 0;
        do {
            page = pages.apply(index++);
            for (T item : page.getContent()) {
                csv.printRecord(cells(row.apply(item)));
            }
            csv.flush();
        } while (page.hasNext());
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
