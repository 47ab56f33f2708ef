package org.claimboard.extraction.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link Extractors#standard()} over at least 1 MB of seed text, and the cost of building it.
 * Not a test (Surefire ignores the name); run it with {@code ./mvnw -Pbenchmark test-compile exec:exec}.
 * The {@code tokens} and {@code chars} counters are reported per second next to the operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ExtractionBenchmark {

    private ExtractionPipeline pipeline;
    private List<ArticleInput> articles;
    private ArticleInput longArticle;

    /** Per-thread counters; JMH divides them by the measured time like operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long tokens;
        public long chars;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
            chars = 0;
        }

        void add(Extraction extraction) {
            tokens += extraction.tokenCount();
            chars += extraction.text().length();
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkCorpus corpus = BenchmarkCorpus.load();
        pipeline = Extractors.standard();
        articles = corpus.articles();
        longArticle = corpus.longArticle();
    }

    /** One operation is one seed-sized article; the score is articles per second. */
    @Benchmark
    public Extraction articles(Processed processed) {
        ArticleInput article = articles.get(processed.next);
        processed.next = (processed.next + 1) % articles.size();
        Extraction extraction = pipeline.extract(article);
        processed.add(extraction);
        return extraction;
    }

    /** One operation is the whole corpus (>= 1 MB) as a single article. */
    @Benchmark
    public Extraction longArticle(Processed processed) {
        Extraction extraction = pipeline.extract(longArticle);
        processed.add(extraction);
        return extraction;
    }

    /** Building the standard pipeline, word lists included; warm, since every iteration reuses the JVM. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5)
    @Measurement(iterations = 20)
    public ExtractionPipeline loadStandardPipeline() {
        return Extractors.standard();
    }
}
