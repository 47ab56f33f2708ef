package org.claimboard.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the lexical steps (countries, outlets, publisher, author) on the seed articles against the gold file,
 * micro-averaged as the gold README says, and prints what each article missed or added.
 */
class LexicalSeedsTest {

    private static final Path SEEDS = Path.of("seeds");

    private final ExtractionPipeline pipeline = Extractors.standard();

    @Test
    void countriesAndOutletsReachTheirTargetsOnTheSeeds() throws IOException {
        JsonNode gold;
        try (InputStream in = getClass().getResourceAsStream("/gold/seeds.json")) {
            gold = JsonMapper.builder().build().readTree(in);
        }
        Score countries = new Score();
        Score outlets = new Score();
        int metadataRight = 0;
        int articles = 0;
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asString();
            Extraction result = pipeline.extract(ArticleInput.of(Files.readString(SEEDS.resolve(file))));
            countries.add(file + " countries", strings(article.get("countries"), s -> s), result.countryCodes());
            outlets.add(file + " outlets", strings(article.get("outlets"), LexicalSeedsTest::outletKey),
                    outletKeys(result.outletNames()));
            boolean metaOk = same(article.get("publisher"), result.publisher()) && same(article.get("author"), result.author());
            if (!metaOk) {
                System.out.printf("%s metadata: publisher=%s author=%s%n", file, result.publisher(), result.author());
            }
            metadataRight += metaOk ? 1 : 0;
            articles++;
        }
        System.out.printf("countries F1 %.3f, outlets F1 %.3f, metadata %d/%d%n",
                countries.f1(), outlets.f1(), metadataRight, articles);
        assertThat(countries.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(outlets.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(metadataRight).isEqualTo(articles);
    }

    private static boolean same(JsonNode gold, String found) {
        return gold == null || gold.isNull() ? found == null : gold.asString().equals(found);
    }

    private static Set<String> strings(JsonNode array, Function<String, String> key) {
        Set<String> out = new HashSet<>();
        array.forEach(node -> out.add(key.apply(node.asString())));
        return out;
    }

    private static Set<String> outletKeys(Set<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(outletKey(n)));
        return out;
    }

    /** Outlet names compare case-insensitively with a leading "The" ignored. */
    static String outletKey(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4).strip() : key;
    }

    private static final class Score {
        int truePositives;
        int found;
        int expected;

        void add(String label, Set<String> gold, Set<String> system) {
            Set<String> hit = new HashSet<>(system);
            hit.retainAll(gold);
            truePositives += hit.size();
            found += system.size();
            expected += gold.size();
            Set<String> missed = new TreeSet<>(gold);
            missed.removeAll(system);
            Set<String> extra = new TreeSet<>(system);
            extra.removeAll(gold);
            if (!missed.isEmpty() || !extra.isEmpty()) {
                System.out.printf("%s: missed %s, extra %s%n", label, missed, extra);
            }
        }

        double f1() {
            double p = found == 0 ? 0 : (double) truePositives / found;
            double r = expected == 0 ? 0 : (double) truePositives / expected;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
