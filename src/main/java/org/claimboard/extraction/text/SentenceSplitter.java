package org.claimboard.extraction.text;

import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;

/** Splits the text into sentences, robust to abbreviations; paragraph breaks always end one. */
public final class SentenceSplitter implements ExtractionStep {

    @Override
    public void apply(Document doc) {
        // not written yet
    }
}
