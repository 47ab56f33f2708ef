package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.ingest.IngestOutcome.Status;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole ingest with the real extractor: the web app loads the seeds at start-up, and only once. */
@SpringBootTest(properties = {"claimboard.load-seeds=true", "claimboard.seeds-dir=seeds"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedLoaderTest {

    static final Path SEEDS = Path.of("seeds");

    @Autowired
    SeedLoader loader;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    static List<String> seedFileNames() throws IOException {
        try (var files = Files.list(SEEDS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    @Order(1)
    void theWebAppLoadedEverySeedAtStartUp() throws IOException {
        List<String> seedFiles = seedFileNames();
        assertThat(seedFiles).hasSizeGreaterThanOrEqualTo(5).contains("000_651703b56da888d1.txt");
        assertThat(articles.findAllBy(PageRequest.of(0, 1000, Sort.by("source"))).map(ArticleSummary::getSource))
                .containsExactlyElementsOf(seedFiles);
    }

    @Test
    @Order(2)
    void loadingAgainAddsNothing() throws IOException {
        long before = articles.count();
        LoadSummary again = loader.loadAll(SEEDS);
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(seedFileNames().size());
        assertThat(again.failed()).isZero();
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void badFilesAreSkippedWithAReasonAndTheOthersLoad(@TempDir Path folder) throws IOException {
        TestDatabase.clear(jdbc);
        Files.copy(SEEDS.resolve("000_651703b56da888d1.txt"), folder.resolve("a_good.txt"));
        Files.write(folder.resolve("b_latin1.txt"), "Caf\u00e9 au lait in France".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("c_empty.txt"), "  \n\t \n");
        Files.write(folder.resolve("d_binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 'a', 'b', 0, 1, 2});
        Files.writeString(folder.resolve("e_page.html"), """
                <html><head><title>Allies weigh a force</title><script>var x = 1;</script></head>
                <body><article><p>France said it was ready to send troops to Ukraine.</p>
                <p>The offer depends on a ceasefire and on American support, officials in Paris said on Monday.</p></article></body></html>""");
        Files.write(folder.resolve("f_picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.copy(SEEDS.resolve("000_651703b56da888d1.txt"), folder.resolve("g_same_as_a.txt"));
        Files.copy(SEEDS.resolve("001_8eedc951aa00b860.txt"), folder.resolve("h_good.txt"));
        Files.writeString(folder.resolve(".hidden.txt"), "Not loaded: hidden files are ignored.");

        LoadSummary summary = loader.loadAll(folder);

        List<IngestOutcome> outcomes = summary.outcomes();
        assertThat(outcomes).extracting(IngestOutcome::source, IngestOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a_good.txt", Status.ADDED),
                org.assertj.core.groups.Tuple.tuple("b_latin1.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("c_empty.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("d_binary.txt", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("e_page.html", Status.ADDED),
                org.assertj.core.groups.Tuple.tuple("f_picture.png", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("g_same_as_a.txt", Status.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("h_good.txt", Status.ADDED));
        assertThat(outcomes.get(1).reason()).contains("UTF-8");
        assertThat(outcomes.get(2).reason()).contains("empty");
        assertThat(outcomes.get(3).reason()).contains("binary");
        assertThat(outcomes.get(5).reason()).contains("not an article file");
        assertThat(outcomes.get(6).articleId()).isEqualTo(outcomes.get(0).articleId());
        assertThat(summary).hasToString("3 added, 1 duplicates, 4 failed");
        assertThat(articles.count()).isEqualTo(3);
        var page = articles.findById(outcomes.get(4).articleId()).orElseThrow();
        assertThat(page.getTitle()).isEqualTo("Allies weigh a force");
        assertThat(page.getText()).isEqualTo("France said it was ready to send troops to Ukraine.\n\n"
                + "The offer depends on a ceasefire and on American support, officials in Paris said on Monday.");
    }

    @Test
    @Order(4)
    void aMissingFolderLoadsNothing(@TempDir Path folder) {
        assertThat(loader.loadAll(folder.resolve("nowhere")).outcomes()).isEmpty();
    }
}
