package org.claimboard.extraction.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;

/** A working aid: tokens per second of the standard pipeline over the seeds, with the time each step takes. */
public final class Throughput {

    public static void main(String[] args) throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            texts = files.sorted().map(Throughput::read).toList();
        }
        ExtractionPipeline pipeline = Extractors.standard();
        for (int warm = 0; warm < 300; warm++) {
            texts.forEach(t -> pipeline.extract(ArticleInput.of(t)));
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        long tokens = 0;
        long begin = System.nanoTime();
        for (int round = 0; round < 500; round++) {
            for (String text : texts) {
                tokens += pipeline.extract(ArticleInput.of(text), (step, nanos) -> steps.merge(step, nanos, Long::sum))
                        .tokenCount();
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf(Locale.ROOT, "%.0f tokens/s%n", tokens / seconds);
        steps.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "%-20s %5.1f%%%n", step,
                100.0 * nanos / (seconds * 1e9)));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
