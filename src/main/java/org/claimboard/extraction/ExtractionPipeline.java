package org.claimboard.extraction;

import java.util.List;
import java.util.function.ObjLongConsumer;

/** Runs the extraction steps in order over one article. Thread-safe: steps keep no per-article state. */
public final class ExtractionPipeline {

    private final List<ExtractionStep> steps;

    public ExtractionPipeline(List<ExtractionStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public Extraction extract(ArticleInput input) {
        return extract(input, (step, nanos) -> { });
    }

    /** Extracts, reporting each step's name and the nanoseconds it took. */
    public Extraction extract(ArticleInput input, ObjLongConsumer<String> stepTimer) {
        Document doc = new Document(input);
        for (ExtractionStep step : steps) {
            long begin = System.nanoTime();
            step.apply(doc);
            stepTimer.accept(step.name(), System.nanoTime() - begin);
        }
        return doc.toExtraction();
    }

    public List<ExtractionStep> steps() {
        return steps;
    }
}
