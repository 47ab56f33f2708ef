package org.claimboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;

import org.claimboard.extraction.Extractors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Annotated corpora as ratchets, the way OpenNLP's evaluation tests pin their scores: no score of a corpus's
 * pins file may drop, and a rise beyond the slack must raise its pin in the same change, so every step forward
 * is recorded and none is lost silently. The development corpus is a copy of {@code ../shared/dev}; the held-out
 * one is our own ({@code src/test/resources/own-heldout/README.md}).
 */
class CorpusRatchetTest {

    private static final double SLACK = 0.01;
    private static final double ROUNDING = 0.0005;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"src/test/resources/dev, /dev-pins.properties",
            "src/test/resources/own-heldout, /own-heldout-pins.properties"})
    void scoresHoldTheirPins(Path corpus, String pinsFile) throws Exception {
        Properties pins = new Properties();
        try (InputStream in = CorpusRatchetTest.class.getResourceAsStream(pinsFile)) {
            pins.load(in);
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(corpus.resolve("gold.json")));
        assertThat(HexFormat.of().formatHex(digest)).as("the gold file of %s changed: re-pin it", corpus)
                .isEqualTo(pins.getProperty("gold.sha256"));
        Evaluation evaluation = evaluate(corpus);
        System.out.println("== " + corpus + "\n" + evaluation.report());
        for (Metric metric : evaluation.metrics()) {
            double pin = pin(pins, metric.name());
            assertThat(metric.score()).as("%s on %s fell below its pin", metric.name(), corpus)
                    .isGreaterThanOrEqualTo(pin - ROUNDING);
            assertThat(metric.score()).as("%s on %s rose to %.3f: raise its pin", metric.name(), corpus, metric.score())
                    .isLessThanOrEqualTo(pin + SLACK);
        }
        assertThat(evaluation.metric(Evaluation.PLEDGES).precision()).as("pledge precision on %s", corpus)
                .isGreaterThanOrEqualTo(pin(pins, "pledges.precision") - ROUNDING);
    }

    private static Evaluation evaluate(Path corpus) throws IOException {
        return new Evaluator(Extractors.standard()).evaluate(Gold.read(corpus.resolve("gold.json")), corpus);
    }

    private static double pin(Properties pins, String name) {
        String value = pins.getProperty(name);
        assertThat(value).as("pin for %s", name).isNotNull();
        return Double.parseDouble(value);
    }
}
