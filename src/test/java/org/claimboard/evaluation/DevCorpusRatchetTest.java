package org.claimboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.claimboard.extraction.Extractors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development corpus as a ratchet, the way OpenNLP's evaluation tests pin their scores: each score of
 * {@code dev-pins.properties} may not drop, and a rise beyond the slack must raise its pin in the same change,
 * so every step forward is recorded and none is lost silently.
 */
class DevCorpusRatchetTest {

    private static final Path CORPUS = Path.of("src/test/resources/dev");
    private static final double SLACK = 0.01;

    private static Properties pins;
    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() throws IOException {
        pins = new Properties();
        try (InputStream in = DevCorpusRatchetTest.class.getResourceAsStream("/dev-pins.properties")) {
            pins.load(in);
        }
        evaluation = new Evaluator(Extractors.standard()).evaluate(Gold.read(CORPUS.resolve("gold.json")), CORPUS);
        System.out.println("== development corpus\n" + evaluation.report());
    }

    @Test
    void goldFileIsTheOnePinned() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(CORPUS.resolve("gold.json")));
        assertThat(HexFormat.of().formatHex(digest))
                .as("the dev gold file changed: copy ../shared/dev again unchanged and re-pin")
                .isEqualTo(pins.getProperty("gold.sha256"));
    }

    @Test
    void noScoreFallsBelowItsPin() {
        for (Metric metric : evaluation.metrics()) {
            assertThat(metric.score()).as("%s fell below its pin", metric.name())
                    .isGreaterThanOrEqualTo(pin(metric.name()) - 0.0005);
        }
        assertThat(evaluation.metric(Evaluation.PLEDGES).precision()).as("pledge precision fell below its pin")
                .isGreaterThanOrEqualTo(pin("pledges.precision") - 0.0005);
    }

    @Test
    void everyRiseRaisesItsPin() {
        for (Metric metric : evaluation.metrics()) {
            assertThat(metric.score())
                    .as("%s rose to %.3f: raise its pin in dev-pins.properties", metric.name(), metric.score())
                    .isLessThanOrEqualTo(pin(metric.name()) + SLACK);
        }
    }

    @Test
    void everyMetricHasAPin() {
        List<String> names = evaluation.metrics().stream().map(Metric::name).toList();
        assertThat(names).allSatisfy(name -> assertThat(pins.getProperty(name)).as("pin for %s", name).isNotNull());
    }

    private static double pin(String name) {
        return Double.parseDouble(pins.getProperty(name));
    }
}
