package org.claimboard.extraction.pledge;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds troop pledges: actor, stance, number, kind. */
public final class PledgeFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
