package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexical steps never crash on odd input and stay fast on big input. */
class LexicalRobustnessTest {

    private static final String SAMPLE = "British Prime Minister Keir Starmer said London would send 10,000 troops to "
            + "Ukraine, The Times reported. Russian officials, including Kremlin spokesman Dmitry Peskov, objected. ";

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\t \u00A0\u200B\u2003", ".", "?!", "\"", "(", "Mr.", "U.S.", "By",
            "The Times", "according to", "- - -", "\u202E\u05DE\u05DC\u05D7\u05DE\u05D4\u202C", "\uD83D\uDE00 \uD83C\uDDFA\uD83C\uDDE6",
            "\uD800", "a\u0301\u0302\u0303", "ＵＫ　ｍｅｔ　Ｐａｒｉｓ。"})
    void oddInputGivesAResultNotAnException(String text) {
        assertThatCode(() -> LexicalSteps.run(text)).doesNotThrowAnyException();
    }

    @Test
    void oneInstanceServesManyThreadsAtOnce() throws Exception {
        String text = SAMPLE.repeat(50);
        Extraction alone = LexicalSteps.run(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> results = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                results.add(pool.submit(() -> LexicalSteps.run(text)));
            }
            for (Future<Extraction> result : results) {
                Extraction together = result.get(60, TimeUnit.SECONDS);
                assertThat(together.countries()).isEqualTo(alone.countries());
                assertThat(together.people()).isEqualTo(alone.people());
                assertThat(together.outlets()).isEqualTo(alone.outlets());
                assertThat(together.sentences()).isEqualTo(alone.sentences());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyTextHasNothing() {
        Extraction result = LexicalSteps.run("");
        assertThat(result.sentences()).isEmpty();
        assertThat(result.countries()).isEmpty();
        assertThat(result.people()).isEmpty();
        assertThat(result.outlets()).isEmpty();
        assertThat(result.title()).isNull();
    }

    @Test
    void binaryGarbageGivesAResultNotAnException() {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            char[] chars = new char[5_000];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = (char) random.nextInt(round % 2 == 0 ? 0x100 : 0x10000);
            }
            String text = new String(chars);
            assertThatCode(() -> LexicalSteps.run(text)).doesNotThrowAnyException();
        }
    }

    @Test
    void aSingleMegabyteLineStaysLinear() {
        String line = SAMPLE.repeat(1_000_000 / SAMPLE.length());
        Extraction result = LexicalSteps.run(line);
        assertThat(result.countryCodes()).contains("GB", "UA", "RU");
        assertThat(result.outletNames()).containsExactly("The Times");
        assertThat(result.sentences()).hasSizeGreaterThan(1_000);
        String noBreaks = line.replace(". ", ", ");
        assertThat(LexicalSteps.run(noBreaks).sentences()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\" ", "” “ ", "The ", "The Times ", "Jordan \" ", "reported ", "Mr. ", "U.S. ", "A.b ",
            "Caliber.Az ", "( ", ". ", "President ", "Prime Minister ", "according to ", "-", "x-", "\n", "By Jane Doe\n"})
    void repetitiveInputStaysLinear(String unit) {
        String text = unit.repeat(300_000 / unit.length());
        long begin = System.nanoTime();
        LexicalSteps.run(text);
        assertThat((System.nanoTime() - begin) / 1_000_000).as("milliseconds for 300 kB of %s", unit).isLessThan(10_000);
    }

    @Test
    void reachesTwoHundredThousandTokensPerSecondOnOneCore() {
        String text = (SAMPLE + "\n\n").repeat(4_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < 8; round++) {
            // CPU time of this thread: one core's work, whatever else the machine is running
            long begin = threads.getCurrentThreadCpuTime();
            Extraction result = LexicalSteps.run(text);
            double seconds = (threads.getCurrentThreadCpuTime() - begin) / 1e9;
            best = Math.max(best, result.tokenCount() / seconds);
        }
        assertThat(best).as("tokens per second").isGreaterThan(200_000);
    }
}
