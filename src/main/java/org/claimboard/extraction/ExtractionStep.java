package org.claimboard.extraction;

/** One step of the extraction pipeline: reads the layers earlier steps left on the document and adds its own. */
public interface ExtractionStep {

    void apply(Document doc);

    default String name() {
        return getClass().getSimpleName();
    }
}
