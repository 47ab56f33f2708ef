package org.claimboard.extraction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.claimboard.extraction.ArticleInput;
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
 * cold and warm pipeline construction, articles/s, tokens/s and characters/s (from JMH, and per CPU second
 * measured in this JVM, which a busy machine disturbs less), and the time per pipeline step.
 * An optional argument narrows the JMH benchmarks run (a regular expression).
 */
public final class ExtractionBenchmarkMain {

    static final double TOKENS_PER_SECOND_TARGET = 100_000;
    static final double LOAD_SECONDS_TARGET = 3;
    static final double HEAP_MB_TARGET = 512;
    static final double MIB = 1024 * 1024;
    static final int CPU_WARMUP_SECONDS = 15;
    static final int CPU_MEASURED_PASSES = 5;

    private ExtractionBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        // Before anything else touches the extraction classes: this is what an application start pays.
        long cpuBegin = processCpuNanos();
        long begin = System.nanoTime();
        ExtractionPipeline pipeline = Extractors.standard();
        double coldSeconds = (System.nanoTime() - begin) / 1e9;
        double coldCpuSeconds = (processCpuNanos() - cpuBegin) / 1e9;

        BenchmarkCorpus corpus = BenchmarkCorpus.load();
        String cpuThroughput = cpuThroughput(pipeline, corpus);
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
        System.out.printf(Locale.ROOT, "pipeline construction, cold (first in this JVM): %.3f s wall, %.3f s CPU of all JVM threads"
                        + "  [target < %.1f s wall: %s]%n",
                coldSeconds, coldCpuSeconds, LOAD_SECONDS_TARGET, coldSeconds < LOAD_SECONDS_TARGET ? "met" : "MISSED");
        for (RunResult result : results) {
            printResult(result);
        }
        System.out.print(cpuThroughput);
        double maxHeapMb = Runtime.getRuntime().maxMemory() / MIB;
        System.out.printf(Locale.ROOT, "heap: every extraction above ran in a heap of at most %.0f MiB (-Xmx), the JMH"
                        + " fork too; live after a full GC, with the pipeline and the corpus held: %.0f MiB"
                        + "  [target < %.0f MiB: %s]%n", maxHeapMb, liveHeapBytes() / MIB, HEAP_MB_TARGET,
                maxHeapMb <= HEAP_MB_TARGET * 1.05 ? "met" : "not shown: run with -Xmx512m");
        System.out.println("time per step, long article (wall time, one run after warm-up):");
        long total = stepNanos.values().stream().mapToLong(Long::longValue).sum();
        stepNanos.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "  %-20s %9.1f ms %5.1f%%%n",
                step, nanos / 1e6, total == 0 ? 0 : 100.0 * nanos / total));
    }

    /** The heap in use after a full collection: what the pipeline and the corpus keep alive. */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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

    /**
     * Tokens per second of this JVM's CPU time, garbage collection and JIT included (nothing else runs in it
     * meanwhile): other processes competing for the cores disturb it less than the JMH scores, though not
     * entirely (shared caches, and on a virtual machine, time stolen by the host).
     * Measured after at least {@link #CPU_WARMUP_SECONDS} of warm-up, so the JIT has compiled the hot code.
     */
    private static String cpuThroughput(ExtractionPipeline pipeline, BenchmarkCorpus corpus) {
        if (processCpuNanos() < 0) {
            return "process CPU time not available in this JVM: no CPU-time figures\n";
        }
        long warmupEnd = System.nanoTime() + CPU_WARMUP_SECONDS * 1_000_000_000L;
        do {
            corpus.articles().forEach(pipeline::extract);
            pipeline.extract(corpus.longArticle());
        } while (System.nanoTime() < warmupEnd);

        // Several passes each: the process CPU clock may tick in steps as coarse as 10 ms.
        long tokens = 0;
        long begin = processCpuNanos();
        for (int pass = 0; pass < CPU_MEASURED_PASSES; pass++) {
            for (ArticleInput article : corpus.articles()) {
                tokens += pipeline.extract(article).tokenCount();
            }
        }
        double articlesCpu = (processCpuNanos() - begin) / 1e9;
        long longTokens = 0;
        begin = processCpuNanos();
        for (int pass = 0; pass < CPU_MEASURED_PASSES; pass++) {
            longTokens += pipeline.extract(corpus.longArticle()).tokenCount();
        }
        double longCpu = (processCpuNanos() - begin) / 1e9;
        double slowest = Math.min(tokens / articlesCpu, longTokens / longCpu);
        return String.format(Locale.ROOT, "per CPU second (JVM CPU time after warm-up): articles %,.0f articles/s, "
                        + "%,.0f tokens/s; long article %,.0f tokens/s  [target >= %,.0f tokens/s: %s]%n",
                CPU_MEASURED_PASSES * corpus.articles().size() / articlesCpu, tokens / articlesCpu, longTokens / longCpu,
                TOKENS_PER_SECOND_TARGET, slowest >= TOKENS_PER_SECOND_TARGET ? "met" : "MISSED");
    }

    /** CPU time of the whole JVM so far, or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
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
