package org.claimboard.ingest.bulk;

import java.io.PrintStream;

/**
 * The import's progress on standard error. On a terminal one bar redrawn in place (at most ten times a second);
 * otherwise, e.g. into a log file, a plain line every tenth of the work or every 100 files, whichever comes
 * first, so the log stays readable.
 */
public class ImportProgress {

    private static final int WIDTH = 20;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private long lastDrawn;

    public ImportProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Called after each file. */
    public void update(ImportTally tally) {
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDrawn >= REDRAW_NANOS || tally.done() == tally.total()) {
                lastDrawn = now;
                out.print("\r" + line(tally));
                out.flush();
            }
        } else if (tally.done() % step(tally.total()) == 0 || tally.done() == tally.total()) {
            out.println(line(tally));
        }
    }

    /** Called once at the end, also after an interruption. */
    public void finish(ImportTally tally) {
        if (terminal) {
            out.println("\r" + line(tally));
        } else if (tally.done() % step(tally.total()) != 0 && tally.done() != tally.total()) {
            out.println(line(tally));
        }
    }

    static int step(int total) {
        return Math.max(1, Math.min(100, (total + 9) / 10));
    }

    static String line(ImportTally tally) {
        int filled = tally.total() == 0 ? WIDTH : (int) ((long) WIDTH * tally.done() / tally.total());
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + tally.done() + "/" + tally.total()
                + " articles  added " + tally.added() + "  duplicates " + tally.duplicates()
                + "  failed " + tally.failed();
    }
}
