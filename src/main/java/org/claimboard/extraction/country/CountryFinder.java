package org.claimboard.extraction.country;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds the countries the text refers to. */
public final class CountryFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
