package org.claimboard.extraction.date;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds dates of events and resolves their years. */
public final class DateFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
