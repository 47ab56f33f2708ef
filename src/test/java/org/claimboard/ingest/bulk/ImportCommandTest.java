package org.claimboard.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command starts its own app (no web server, no seed loading), imports, prints and exits with a code. */
class ImportCommandTest {

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAFolderOrFileItPrintsTheUsageAndExitsWithTwo() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(errors()).contains("no folder or file given", "Usage: java -jar claimboard.jar import");
        assertThat(run("import", "--spring.main.banner-mode=off")).isEqualTo(2);
    }

    @Test
    void aMissingFolderExitsWithTwoBeforeStartingTheApp() {
        assertThat(run("import", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(errors()).contains("nowhere does not exist", "Usage:");
    }

    @Test
    void anAppThatCannotStartGivesExitCodeTwo() {
        assertThat(run("import", temp.toString(), "--spring.datasource.url=jdbc:nosuchdb:x")).isEqualTo(2);
        assertThat(errors()).contains("the application could not start");
    }

    @Test
    void aPartialImportRunAgainAddsOnlyTheRestAndFailuresGiveExitCodeOne() throws IOException {
        String database = "--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db/claimboard").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        List<String> seeds = ImportFiles.seedTexts();
        Path folder = Files.createDirectories(temp.resolve("in/articles"));
        for (int k = 0; k < seeds.size(); k++) {
            Files.writeString(folder.resolve("seed-" + k + ".txt"), seeds.get(k));
        }
        Path firstTwo = ImportFiles.zip(temp.resolve("first-two.zip"), java.util.Map.of(
                "seed-0.txt", ImportFiles.utf8(seeds.get(0)), "seed-1.txt", ImportFiles.utf8(seeds.get(1))));

        assertThat(run("import", firstTwo.toString(), database)).isZero();
        assertThat(printed()).contains("Imported 2 of 2 files: 2 added");

        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub/broken.txt"), ImportFiles.BINARY);
        assertThat(run("import", folder.toString(), database)).isEqualTo(1);
        assertThat(printed()).contains("Imported " + (seeds.size() + 1) + " of " + (seeds.size() + 1) + " files: "
                        + (seeds.size() - 2) + " added", "2 duplicates (already stored), 1 failed",
                "  articles/sub/broken.txt: is not valid UTF-8");
        assertThat(errors()).doesNotContain("\r").contains("] " + (seeds.size() + 1) + "/" + (seeds.size() + 1)
                + " articles  added " + (seeds.size() - 2) + "  duplicates 2  failed 1");

        Files.delete(folder.resolve("sub/broken.txt"));
        assertThat(run("import", folder.toString(), database, "--spring.main.banner-mode=off")).isZero();
        assertThat(printed()).contains("0 added", seeds.size() + " duplicates", "0 failed");
    }
}
