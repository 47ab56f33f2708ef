package org.claimboard.extraction.meta;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Fills title, publisher and author from the text when the input lacks them. */
public final class MetadataFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
