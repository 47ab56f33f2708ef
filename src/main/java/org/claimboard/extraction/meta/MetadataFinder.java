package org.claimboard.extraction.meta;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.text.Tokenizer;

/**
 * Fills title, publisher and author from the text when the input lacks them: a headline as the first line,
 * a byline ("By Vafa Guliyeva", "(Wu Minwen, author's unit: ...)"), and an outlet writing about itself
 * at the end of a sentence ("..., Caliber.Az reports via foreign media.").
 */
public final class MetadataFinder implements ExtractionStep {

    /** Longer lines are body text, never a headline or byline (and a megabyte-long line is not re-read). */
    static final int MAX_LINE = 300;
    /** A dateline credit stands in one of the first sentences (after a headline and a byline at most). */
    private static final int DATELINE_SENTENCES = 3;

    private final Bylines bylines = new Bylines();
    private final SelfReports selfReports = new SelfReports();

    @Override
    public void apply(Document doc) {
        String text = doc.text();
        if (doc.title() == null) {
            doc.setTitle(headline(text));
        }
        if (doc.author() == null) {
            doc.setAuthor(author(text));
        }
        if (doc.publisher() == null) {
            doc.setPublisher(publisher(doc));
        }
    }

    private String publisher(Document doc) {
        int datelines = Math.min(doc.sentences().size(), DATELINE_SENTENCES);
        for (int k = 0; k < datelines; k++) {
            String credit = selfReports.datelineCredit(doc.tokens(), doc.sentences().get(k));
            if (credit != null) {
                return credit;
            }
        }
        for (Sentence s : doc.sentences()) {
            String publisher = selfReports.publisher(doc.tokens(), s);
            if (publisher != null) {
                return publisher;
            }
        }
        return null;
    }

    /** The first line, when it reads as a headline: short, more lines after it, no closing full stop. */
    static String headline(String text) {
        int start = skipSpace(text, 0);
        int end = text.indexOf('\n', start);
        if (start >= text.length() || end < 0 || skipSpace(text, end) >= text.length() || end - start > MAX_LINE) {
            return null;
        }
        String line = strip(text.substring(start, end));
        if (line.isEmpty() || ".,;:".indexOf(line.charAt(line.length() - 1)) >= 0 || line.startsWith("By ")) {
            return null;
        }
        int words = Tokenizer.tokenize(line).size();
        return words >= 3 && words <= 30 ? line : null;
    }

    private String author(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start <= MAX_LINE) {
                String author = bylines.author(strip(text.substring(start, end)));
                if (author != null) {
                    return author;
                }
            }
            start = end + 1;
        }
        return null;
    }

    static String strip(String line) {
        int from = skipSpace(line, 0);
        int to = line.length();
        while (to > from && Tokenizer.isSpace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    private static int skipSpace(String text, int from) {
        int k = from;
        while (k < text.length() && Tokenizer.isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
