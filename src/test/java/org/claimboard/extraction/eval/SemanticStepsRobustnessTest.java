package org.claimboard.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.Extractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The date, number, claim and pledge steps run through the whole pipeline on input nobody would write. */
class SemanticStepsRobustnessTest {

    private static final ExtractionPipeline PIPELINE = Extractors.standard();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\u0000\uFFFF\uD800", "he said he said", "will not will not send",
            "10,000-", "-10,000", "between and", "April", "31 February 2024", "2024-02-30", "\u202E\u200B troops",
            "Ukraine's Ukraine's they were ready to", "By", "(", "[]", "\"\"\"\""})
    void oddInputGivesAnAnswer(String text) {
        assertThatCode(() -> PIPELINE.extract(new ArticleInput(text, null, null, null, LocalDate.of(2025, 3, 1),
                null))).doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void anyTextGivesOffsetsInsideIt(@ForAll String text) {
        Extraction extraction = PIPELINE.extract(ArticleInput.of(text));
        int length = text.length();
        extraction.dates().forEach(d -> assertThat(d.end()).isBetween(d.start(), length));
        extraction.troopCounts().forEach(t -> assertThat(t.end()).isBetween(t.start(), length));
        extraction.claims().forEach(c -> assertThat(c.end()).isBetween(c.start(), length));
        extraction.pledges().forEach(p -> assertThat(p.end()).isBetween(p.start(), length));
    }

    @Test
    @Timeout(60)
    void aMegabyteOnOneLineRunsInLinearTime() throws Exception {
        String seed = Files.readString(Path.of("seeds", "000_651703b56da888d1.txt")).replace('\n', ' ')
                .replace(". ", ", and they will send troops; ");
        StringBuilder line = new StringBuilder();
        while (line.length() < 1_000_000) {
            line.append(seed).append(" he said they were ready to send 10,000 soldiers on April 10 ");
        }
        long begin = System.nanoTime();
        Extraction extraction = PIPELINE.extract(ArticleInput.of(line.toString()));
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        assertThat(extraction.troopCounts()).isNotEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(30));
    }
}
