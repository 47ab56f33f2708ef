package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimboard.extraction.ExtractionInvariants.assertConsistent;
import static org.claimboard.extraction.ExtractionInvariants.assertNothingFound;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole standard pipeline on hostile input: it must never throw, keep every offset inside the text and
 * finish in bounded time. The time bounds are generous safety nets against quadratic or backtracking
 * behaviour, not speed targets (the benchmark measures speed).
 */
class PipelineRobustnessTest {

    private static final Duration SHORT_INPUT = Duration.ofSeconds(5);
    private static final Duration MEGABYTE_INPUT = Duration.ofSeconds(20);
    private static final Duration FIVE_MEGABYTE_INPUT = Duration.ofSeconds(30);

    private static ExtractionPipeline pipeline;
    private static List<String> seeds;

    @BeforeAll
    static void loadPipelineAndSeeds() throws IOException {
        pipeline = Extractors.standard();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(PipelineRobustnessTest::read).toList();
        }
        assertThat(seeds).as("seed articles under seeds/").isNotEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Extraction extractWithin(Duration bound, String text) {
        Extraction extraction = assertTimeoutPreemptively(bound, () -> pipeline.extract(ArticleInput.of(text)));
        assertConsistent(extraction, text);
        return extraction;
    }

    /** The seeds, separated by paragraph breaks, repeated until the text holds at least {@code chars}. */
    static String seedsRepeated(int chars) {
        StringBuilder text = new StringBuilder(chars + 16_384);
        while (text.length() < chars) {
            seeds.forEach(seed -> text.append(seed).append("\n\n"));
        }
        return text.toString();
    }

    @Nested
    class NothingToFind {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\n", "\n\n\n", " \t\r\n \u000B\f ", "\u00A0\u2003\u202F\u3000", "\u200B\u200C\u200D\uFEFF"})
        void blankTextGivesAnEmptyResult(String text) {
            assertNothingFound(extractWithin(SHORT_INPUT, text));
        }

        @Test
        void nullTextIsTreatedAsEmpty() {
            Extraction extraction = assertTimeoutPreemptively(SHORT_INPUT, () -> pipeline.extract(ArticleInput.of(null)));
            assertThat(extraction.text()).isEmpty();
            assertNothingFound(extraction);
        }
    }

    @Nested
    class Garbage {

        @ParameterizedTest
        @ValueSource(strings = {"ISO-8859-1", "UTF-8", "UTF-16LE"})
        void randomBytesDecodedAsText(String charset) {
            byte[] bytes = new byte[256 * 1024];
            new Random(20_260_421L).nextBytes(bytes);
            extractWithin(SHORT_INPUT, new String(bytes, Charset.forName(charset)));
        }

        @Test
        void controlCharactersAndLoneSurrogates() {
            StringBuilder text = new StringBuilder();
            for (char c = 0; c < 0x20; c++) {
                text.append("France").append(c).append("10,000 troops").append(c);
            }
            text.append("\uDE00 starts low, \uD83D ends high \uD83D");
            extractWithin(SHORT_INPUT, text.toString());
        }
    }

    @Nested
    class LargeInput {

        @Test
        void fiveMegabyteArticle() {
            String one = seedsRepeated(1);
            String text = seedsRepeated(5 << 20);
            int copies = text.length() / one.length();
            Extraction single = extractWithin(SHORT_INPUT, one);
            Extraction extraction = extractWithin(FIVE_MEGABYTE_INPUT, text);

            assertThat(extraction.tokenCount()).isEqualTo(copies * single.tokenCount());
            assertThat(extraction.sentences()).hasSize(copies * single.sentences().size());
            assertThat(extraction.countries()).hasSizeGreaterThanOrEqualTo(copies * single.countries().size());
        }

        @Test
        void oneMegabyteLineWithoutPunctuation() {
            String words = String.join(" ", seeds).replaceAll("[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+", " ");
            StringBuilder line = new StringBuilder((1 << 20) + words.length());
            while (line.length() < 1 << 20) {
                line.append(words).append(' ');
            }
            assertThat(line.toString()).doesNotContain("\n", ".", ",");
            Extraction extraction = extractWithin(MEGABYTE_INPUT, line.toString());
            assertThat(extraction.tokenCount()).isGreaterThan(100_000);
        }

        @Test
        void oneMegabyteOfShortLines() {
            String lines = String.join(" ", seeds).replaceAll("\\s+", "\n");
            extractWithin(MEGABYTE_INPUT, lines.repeat((1 << 20) / lines.length() + 1));
        }
    }

    @Nested
    class OddText {

        @ParameterizedTest
        @MethodSource("org.claimboard.extraction.OddTexts#all")
        void handledWithoutError(String text) {
            extractWithin(SHORT_INPUT, text);
        }

        @ParameterizedTest
        @MethodSource("org.claimboard.extraction.OddTexts#all")
        void handledInsideAnArticle(String text) {
            extractWithin(SHORT_INPUT, seeds.get(0) + "\n\n" + text + " " + text + "\n\n" + seeds.get(1));
        }
    }
}
