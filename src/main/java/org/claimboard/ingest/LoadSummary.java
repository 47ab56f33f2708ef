package org.claimboard.ingest;

import java.util.List;

/** What a folder load did, file by file. */
public record LoadSummary(List<IngestOutcome> outcomes) {

    public LoadSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long added() {
        return count(IngestOutcome.Status.ADDED);
    }

    public long duplicates() {
        return count(IngestOutcome.Status.DUPLICATE);
    }

    public long failed() {
        return count(IngestOutcome.Status.FAILED);
    }

    private long count(IngestOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    @Override
    public String toString() {
        return added() + " added, " + duplicates() + " duplicates, " + failed() + " failed";
    }
}
