package org.claimboard.extraction.claim;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds sentences that report a position, plan, number or event, with their attribution. */
public final class ClaimFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
