package org.claimboard.extraction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} on one thread in one fork and prints the figures that matter:
 * cold and warm pipeline construction, articles/s, tokens/s and characters/s, and the time per pipeline step.
 * An optional argument narrows the benchmarks run (a JMH regular expression).
 */
public final class ExtractionBenchmarkMain {

    static final double TOKENS_PER_SECOND_TARGET = 200_000;
    static final double LOAD_SECONDS_TARGET = 0.5;

    private ExtractionBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        // Before anything else touches the extraction classes: this is what an application start pays.
        long begin = System.nanoTime();
        ExtractionPipeline pipeline = Extractors.standard();
        double coldSeconds = (System.nanoTime() - begin) / 1e9;

        BenchmarkCorpus corpus = BenchmarkCorpus.load();
        Map<String, Long> stepNanos = timeSteps(pipeline, corpus);

        String include = args.length > 0 ? args[0] : ExtractionBenchmark.class.getName() + "\\.";
        Options options = new OptionsBuilder().include(include).threads(1).forks(1)
                .shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(options).run();

        System.out.println();
        System.out.println("==== Claimboard extraction benchmark summary ====");
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "machine: %d processors, load average %.1f (figures are only comparable on an idle machine)%n",
                os.getAvailableProcessors(), os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "corpus: %d articles, %,d characters; long article %,d characters%n",
                corpus.articles().size(), corpus.totalChars(), corpus.longArticle().text().length());
        System.out.printf(Locale.ROOT, "pipeline construction, cold (first in this JVM): %.3f s  [target < %.1f s: %s]%n",
                coldSeconds, LOAD_SECONDS_TARGET, coldSeconds < LOAD_SECONDS_TARGET ? "met" : "MISSED");
        for (RunResult result : results) {
            printResult(result);
        }
        System.out.println("time per step, long article (one warm run):");
        long total = stepNanos.values().stream().mapToLong(Long::longValue).sum();
        stepNanos.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "  %-20s %9.1f ms %5.1f%%%n",
                step, nanos / 1e6, total == 0 ? 0 : 100.0 * nanos / total));
    }

    private static void printResult(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        Result<?> primary = result.getPrimaryResult();
        if (name.equals("loadStandardPipeline")) {
            System.out.printf(Locale.ROOT, "pipeline construction, warm: %.3f +- %.3f %s%n",
                    primary.getScore(), primary.getScoreError(), primary.getScoreUnit());
            return;
        }
        Map<String, Result> secondary = result.getSecondaryResults();
        double tokens = secondary.containsKey("tokens") ? secondary.get("tokens").getScore() : Double.NaN;
        double chars = secondary.containsKey("chars") ? secondary.get("chars").getScore() : Double.NaN;
        String unit = name.equals("articles") ? "articles/s" : "runs/s over the whole corpus as one article";
        System.out.printf(Locale.ROOT, "%s: %,.2f %s, %,.0f tokens/s, %.2f M chars/s  [target >= %,.0f tokens/s: %s]%n",
                name, primary.getScore(), unit, tokens, chars / 1e6,
                TOKENS_PER_SECOND_TARGET, tokens >= TOKENS_PER_SECOND_TARGET ? "met" : "MISSED");
    }

    private static Map<String, Long> timeSteps(ExtractionPipeline pipeline, BenchmarkCorpus corpus) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int run = 0; run < 3; run++) {
            nanos.clear();
            pipeline.extract(corpus.longArticle(), nanos::put);
        }
        return nanos;
    }
}
