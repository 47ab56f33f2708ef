package org.claimboard.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimboard.ingest.SeedFiles;
import org.claimboard.ingest.UnreadableArticleException;
import org.claimboard.extraction.ExtractionPipeline;

/** Runs the pipeline over every article a gold file names and scores the results. */
public final class Evaluator {

    private final ExtractionPipeline pipeline;

    public Evaluator(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Evaluation evaluate(Gold gold, Path corpusDir) throws IOException {
        Evaluation evaluation = new Evaluation();
        for (Gold.Article article : gold.articles()) {
            Path file = corpusDir.resolve(article.file());
            if (!Files.isRegularFile(file)) {
                throw new IOException("the gold file names " + article.file() + ", which is not in " + corpusDir);
            }
            try {
                Scorer.score(article, pipeline.extract(SeedFiles.read(file)), evaluation);
            } catch (UnreadableArticleException e) {
                throw new IOException(article.file() + " " + e.getMessage(), e);
            }
        }
        return evaluation;
    }
}
