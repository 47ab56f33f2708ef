package org.claimboard.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimboard.support.TestDatabase.count;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.ingest.IngestOutcome;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "claimboard.import.max-zip-entries=20")
class BulkImporterTest {

    @Autowired
    BulkImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    final ImportProgress progress = new ImportProgress(new PrintStream(progressBytes, true, StandardCharsets.UTF_8),
            false);

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    ImportTally importing(Path... sources) throws IOException {
        return importer.importAll(List.of(sources), progress);
    }

    static void assertMixedResult(ImportTally tally, String prefix) {
        assertThat(tally.total()).isEqualTo(5);
        assertThat(tally.added()).isEqualTo(2);
        assertThat(tally.duplicates()).isEqualTo(1);
        assertThat(tally.failures()).extracting(IngestOutcome::source, IngestOutcome::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(prefix + "d-binary.txt",
                        "is not valid UTF-8 (save it as UTF-8 and try again)"),
                org.assertj.core.groups.Tuple.tuple(prefix + "e-empty.txt", "the text is empty"));
        assertThat(tally.exitCode()).isEqualTo(1);
        assertThat(tally.report()).contains("Imported 5 of 5 files: 2 added", "1 duplicates", "2 failed",
                "  " + prefix + "d-binary.txt: is not valid UTF-8", "  " + prefix + "e-empty.txt: the text is empty");
    }

    @Test
    void aFolderIsImportedRecursivelyWithDuplicatesAndFailuresCounted() throws IOException {
        Path folder = ImportFiles.folder(temp.resolve("articles"), ImportFiles.mixed());
        ImportTally tally = importing(folder);
        assertMixedResult(tally, "articles/");
        assertThat(count(jdbc, "article")).isEqualTo(2);
        assertThat(jdbc.queryForList("select source from article order by source", String.class))
                .containsExactly("articles/a-good.txt", "articles/nested/deeper/b-good.html");
    }

    @Test
    void aZipIsImportedLikeAFolder() throws IOException {
        Path zip = ImportFiles.zip(temp.resolve("articles.zip"), ImportFiles.mixed());
        ImportTally tally = importing(zip);
        assertMixedResult(tally, "articles.zip!/");
        assertThat(count(jdbc, "article")).isEqualTo(2);
    }

    @Test
    void unsafeEntryNamesAndOversizedEntriesAreRefusedAndTheRestImported() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../evil.txt", ImportFiles.utf8(ImportFiles.seedTexts().get(0)));
        entries.put("sub/../../evil2.txt", ImportFiles.utf8(ImportFiles.seedTexts().get(1)));
        entries.put("/etc/absolute.txt", ImportFiles.utf8(ImportFiles.seedTexts().get(2)));
        entries.put("big.txt", ImportFiles.utf8("Troops. ".repeat(700_000))); // 5.6 MB, a few KB compressed
        entries.put("good.txt", ImportFiles.utf8(ImportFiles.seedTexts().get(3)));
        Path zip = ImportFiles.zip(temp.resolve("tricks.zip"), entries);
        assertThat(Files.size(zip)).isLessThan(100_000);

        ImportTally tally = importing(zip);

        assertThat(tally.added()).isEqualTo(1);
        assertThat(tally.failures()).extracting(IngestOutcome::source, IngestOutcome::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tricks.zip!/../../evil.txt",
                        "unsafe entry name (path traversal with ..): refused"),
                org.assertj.core.groups.Tuple.tuple("tricks.zip!/sub/../../evil2.txt",
                        "unsafe entry name (path traversal with ..): refused"),
                org.assertj.core.groups.Tuple.tuple("tricks.zip!//etc/absolute.txt",
                        "unsafe entry name (absolute path or backslash): refused"),
                org.assertj.core.groups.Tuple.tuple("tricks.zip!/big.txt", "larger than 5 MB"));
        assertThat(Files.exists(temp.resolve("evil.txt"))).isFalse();
        assertThat(jdbc.queryForList("select source from article", String.class)).containsExactly("tricks.zip!/good.txt");
    }

    @Test
    void anEntryThatDeclaresASmallSizeIsStillReadNoFurtherThanTheBound() throws IOException {
        Path zip = ImportFiles.zip(temp.resolve("liar.zip"), Map.of("big.txt", ImportFiles.utf8("Troops. ".repeat(700_000))));
        byte[] bytes = Files.readAllBytes(zip);
        int central = indexOf(bytes, new byte[] {'P', 'K', 1, 2}, 0);
        while (central >= 0) {
            java.nio.ByteBuffer.wrap(bytes, central + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(1000);
            central = indexOf(bytes, new byte[] {'P', 'K', 1, 2}, central + 4);
        }
        Files.write(zip, bytes);
        try (java.util.zip.ZipFile check = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(check.getEntry("big.txt").getSize()).isEqualTo(1000);
        }

        ImportTally tally = importing(zip);

        assertThat(tally.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("larger than 5 MB"));
        assertThat(count(jdbc, "article")).isZero();
    }

    static int indexOf(byte[] bytes, byte[] pattern, int from) {
        outer:
        for (int k = from; k <= bytes.length - pattern.length; k++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[k + j] != pattern[j]) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }

    @Test
    void aZipWithTooManyEntriesIsRefusedUnread() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int k = 0; k < 21; k++) {
            entries.put("a" + k + ".txt", ImportFiles.utf8("Article number " + k));
        }
        ImportTally tally = importing(ImportFiles.zip(temp.resolve("bomb.zip"), entries));
        assertThat(tally.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("bomb.zip");
            assertThat(f.reason()).contains("more than the 20 allowed", "zip bomb");
        });
        assertThat(count(jdbc, "article")).isZero();
    }

    @Test
    void aCorruptZipIsReportedClearlyAndOtherSourcesStillImport() throws IOException {
        Path good = ImportFiles.zip(temp.resolve("good.zip"), Map.of("x.txt", ImportFiles.utf8(ImportFiles.seedTexts().get(0))));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(temp.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.write(temp.resolve("garbage.zip"), ImportFiles.BINARY);

        ImportTally tally = importing(truncated, garbage, good);

        assertThat(tally.added()).isEqualTo(1);
        assertThat(tally.failures()).extracting(IngestOutcome::source).containsExactly("truncated.zip", "garbage.zip");
        assertThat(tally.failures()).allSatisfy(f -> assertThat(f.reason())
                .startsWith("not a readable zip archive (corrupt or truncated)"));
    }

    @Test
    void anInterruptedImportRunAgainAddsOnlyTheRest() throws IOException {
        Path folder = temp.resolve("seeds");
        Files.createDirectories(folder);
        List<String> seeds = ImportFiles.seedTexts();
        for (int k = 0; k < seeds.size(); k++) {
            Files.writeString(folder.resolve("seed-" + k + ".txt"), seeds.get(k));
        }
        ImportProgress dying = new ImportProgress(new PrintStream(new ByteArrayOutputStream()), false) {
            @Override
            public void update(ImportTally tally) {
                if (tally.done() == 2) {
                    throw new IllegalStateException("interrupted");
                }
            }
        };
        assertThatThrownBy(() -> importer.importAll(List.of(folder), dying)).hasMessage("interrupted");
        assertThat(count(jdbc, "article")).isEqualTo(2);

        ImportTally again = importing(folder);

        assertThat(again.added()).isEqualTo(seeds.size() - 2);
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.failed()).isZero();
        assertThat(again.exitCode()).isZero();
        assertThat(count(jdbc, "article")).isEqualTo(seeds.size());
    }

    @Test
    void progressWithoutATerminalIsPlainLines() throws IOException {
        importing(ImportFiles.folder(temp.resolve("articles"), ImportFiles.mixed()));
        String printed = progressBytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("\r");
        assertThat(printed.lines()).hasSize(5).last()
                .isEqualTo("[####################] 5/5 articles  added 2  duplicates 1  failed 2");
    }
}
