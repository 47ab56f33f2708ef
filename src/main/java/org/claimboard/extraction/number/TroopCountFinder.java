package org.claimboard.extraction.number;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds numbers of personnel. */
public final class TroopCountFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
