package org.claimboard.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.claimboard.extraction.Extractors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quality bar: the build fails when the extraction scores below it on either gold file. */
class GoldScoresTest {

    private static final Map<String, Double> BAR = Map.of(
            Evaluation.COUNTRIES, 0.97,
            Evaluation.OUTLETS, 0.95,
            Evaluation.PLEDGES, 0.85,
            Evaluation.TROOP_NUMBERS, 0.90,
            Evaluation.ATTRIBUTIONS, 0.90,
            Evaluation.DATES, 0.95,
            Evaluation.YEARS, 0.90);

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "src/test/resources/gold/seeds.json, seeds",
            "src/test/resources/gold/own.json, src/test/resources/corpus"})
    void scoresMeetTheBar(String goldFile, String corpus) throws Exception {
        Evaluation evaluation = new Evaluator(Extractors.standard()).evaluate(Gold.read(Path.of(goldFile)), Path.of(corpus));
        System.out.println("== " + goldFile + "\n" + evaluation.report());
        BAR.forEach((metric, bar) -> assertThat(evaluation.metric(metric).score())
                .as("%s on %s (misses:%n%s)", metric, goldFile, String.join("\n", evaluation.misses()))
                .isGreaterThanOrEqualTo(bar));
    }
}
