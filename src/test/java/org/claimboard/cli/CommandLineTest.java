package org.claimboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void extractPrintsOneJsonDocumentWithEveryFile(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "Poland will not send troops to Ukraine.");
        Path html = Files.writeString(dir.resolve("b.html"),
                "<html><head><title>Headline</title></head><body><p>Italy declined.</p></body></html>");

        int code = ExtractCommand.run(List.of(text.toString(), html.toString()), print(out), print(err));

        assertThat(code).isZero();
        JsonNode articles = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).get("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).get("file").asString()).isEqualTo("a.txt");
        assertThat(articles.get(1).get("title").asString()).isEqualTo("Headline");
        for (String key : List.of("publisher", "author", "countries", "outlets", "people", "dates", "claims", "pledges")) {
            assertThat(articles.get(0).has(key)).as(key).isTrue();
        }
    }

    @Test
    void extractReportsAnUnreadableFileAndGoesOn(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
        Path good = Files.writeString(dir.resolve("good.txt"), "Spain declined.");

        int code = ExtractCommand.run(List.of(bad.toString(), good.toString(), dir.resolve("missing.txt").toString()),
                print(out), print(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.txt: is not valid UTF-8", "missing.txt: cannot be read");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("good.txt");
    }

    @Test
    void evaluatePrintsEveryMetricAndExplainsBadArguments(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Poland will not send troops.");
        Path gold = Files.writeString(dir.resolve("gold.json"),
                "{\"articles\":[{\"file\":\"a.txt\",\"countries\":[\"PL\"]}]}");

        assertThat(EvaluateCommand.run(List.of("--gold", gold.toString(), "--corpus", dir.toString()),
                print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("countries", "outlets", "pledges", "troop numbers", "attributions", "dates", "years");

        assertThat(EvaluateCommand.run(List.of("--gold", gold.toString()), print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: evaluate --gold GOLD.json --corpus DIR");
        assertThat(EvaluateCommand.run(List.of("--gold", gold.toString(), "--corpus", dir.resolve("none").toString()),
                print(out), print(err))).isEqualTo(1);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
