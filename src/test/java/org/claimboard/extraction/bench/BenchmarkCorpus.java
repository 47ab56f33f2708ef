package org.claimboard.extraction.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimboard.extraction.ArticleInput;

/**
 * The benchmark's input: the seed articles repeated until they hold at least {@link #MIN_CHARS} characters,
 * once as many separate articles and once as one long article.
 */
final class BenchmarkCorpus {

    static final int MIN_CHARS = 1 << 20;

    private final List<ArticleInput> articles;
    private final ArticleInput longArticle;

    private BenchmarkCorpus(List<String> seeds) {
        List<ArticleInput> separate = new ArrayList<>();
        StringBuilder joined = new StringBuilder(MIN_CHARS + 16_384);
        long total = 0;
        while (total < MIN_CHARS) {
            for (String seed : seeds) {
                separate.add(ArticleInput.of(seed).withSource("seed-copy-" + separate.size()));
                joined.append(seed).append("\n\n");
                total += seed.length();
            }
        }
        this.articles = List.copyOf(separate);
        this.longArticle = ArticleInput.of(joined.toString());
    }

    /** Reads every {@code *.txt} under the seeds directory (system property claimboard.seeds-dir, default seeds). */
    static BenchmarkCorpus load() {
        Path dir = Path.of(System.getProperty("claimboard.seeds-dir", "seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> seeds = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            if (seeds.isEmpty()) {
                throw new IllegalStateException("no seed articles (*.txt) in " + dir.toAbsolutePath());
            }
            return new BenchmarkCorpus(seeds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed articles from " + dir.toAbsolutePath()
                    + " (run from the project directory or set -Dclaimboard.seeds-dir)", e);
        }
    }

    List<ArticleInput> articles() {
        return articles;
    }

    ArticleInput longArticle() {
        return longArticle;
    }

    long totalChars() {
        return articles.stream().mapToLong(a -> a.text().length()).sum();
    }
}
