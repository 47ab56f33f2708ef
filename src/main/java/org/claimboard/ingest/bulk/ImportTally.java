package org.claimboard.ingest.bulk;

import java.util.ArrayList;
import java.util.List;

import org.claimboard.ingest.IngestOutcome;

/** Running counts of an import, and every failure with its file and reason for the summary. */
public final class ImportTally {

    private final int total;
    private int added;
    private int nearCopies;
    private int duplicates;
    private final List<IngestOutcome> failures = new ArrayList<>();

    ImportTally(int total) {
        this.total = total;
    }

    void add(IngestOutcome outcome) {
        switch (outcome.status()) {
            case ADDED -> {
                added++;
                nearCopies += outcome.isNearCopy() ? 1 : 0;
            }
            case DUPLICATE -> duplicates++;
            case FAILED -> failures.add(outcome);
        }
    }

    public int total() { return total; }
    public int done() { return added + duplicates + failures.size(); }
    public int added() { return added; }
    public int nearCopies() { return nearCopies; }
    public int duplicates() { return duplicates; }
    public int failed() { return failures.size(); }
    public List<IngestOutcome> failures() { return List.copyOf(failures); }

    /** 0 when every file was added or already there, 1 when some failed. */
    public int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }

    /** The summary printed at the end: the counts, then one line per failure. */
    public String report() {
        StringBuilder out = new StringBuilder("Imported ").append(done()).append(" of ").append(total)
                .append(" files: ").append(added).append(" added (").append(nearCopies)
                .append(" of them near copies of stored articles), ").append(duplicates)
                .append(" duplicates (already stored), ").append(failed()).append(" failed\n");
        if (!failures.isEmpty()) {
            out.append("Failed:\n");
            failures.forEach(f -> out.append("  ").append(f.source()).append(": ").append(f.reason()).append('\n'));
        }
        return out.toString();
    }
}
