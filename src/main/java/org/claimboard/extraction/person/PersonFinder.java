package org.claimboard.extraction.person;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Finds named people, their roles and the countries they speak for. */
public final class PersonFinder implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
