package org.claimboard.extraction.outlet;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds news outlets cited as sources. */
public final class OutletFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
