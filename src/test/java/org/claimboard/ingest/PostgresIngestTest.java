package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimboard.support.TestDatabase.count;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.support.PostgresCondition;
import org.claimboard.support.RequiresPostgres;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same Flyway migration, ingest, queries and re-extraction on PostgreSQL (profile {@code postgres}),
 * in a schema of its own that is dropped afterwards, so a developer's data is never touched.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@RequiresPostgres
@Import(ScriptedExtraction.class)
class PostgresIngestTest {

    static final String SCHEMA = "claimboard_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = PostgresCondition.url();
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", PostgresCondition::user);
        registry.add("spring.datasource.password", PostgresCondition::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.jpa.properties.hibernate.default_schema", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = PostgresCondition.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Autowired
    SeedLoader seeds;

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ReextractService reextract;

    @Autowired
    ClaimRepository claims;

    @Autowired
    TroopPledgeRepository pledges;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
    }

    @Test
    void seedsLoadOnceAndOnlyOnce() throws java.io.IOException {
        int files = SeedLoaderTest.seedFileNames().size();
        LoadSummary first = seeds.loadAll(Path.of("seeds"));
        LoadSummary second = seeds.loadAll(Path.of("seeds"));
        assertThat(first).hasToString(files + " added, 0 duplicates, 0 failed");
        assertThat(second).hasToString("0 added, " + files + " duplicates, 0 failed");
        assertThat(count(jdbc, "article")).isEqualTo(files);
    }

    @Test
    void storedFindingsAreSearchable() {
        ingest.ingest(new ArticleInput(ArticleIngestServiceTest.TEXT, null, null, null, LocalDate.of(2025, 5, 1),
                null), "a.txt");
        ingest.ingest(ArticleInput.of("The Times reported that Poland declined. It is 100% sure."), "b.txt");

        assertThat(claims.search(ClaimFilter.none(), PageRequest.of(0, 10)).getContent())
                .extracting(Claim::getSortDate).last().isNull(); // undated last, also on PostgreSQL
        assertThat(claims.search(ClaimFilter.none().withCountries(Set.of("PL", "DE")), PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(3);
        assertThat(claims.search(ClaimFilter.none().withOutlet("the-times").withStance(Stance.DECLINED),
                PageRequest.of(0, 10)).getContent()).extracting(Claim::getText)
                .containsExactly("The Times reported that Poland declined.");
        assertThat(claims.search(ClaimFilter.none().withQuery("GERMANY")
                .withDates(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 10)), PageRequest.of(0, 10))
                .getTotalElements()).isEqualTo(1);
        List<TroopPledge> latest = pledges.findLatestPerActor();
        assertThat(latest).extracting(TroopPledge::getActor, TroopPledge::getStance).containsExactly(
                tuple("DE", Stance.DECLINED), tuple("FR", Stance.OFFERED), tuple("PL", Stance.CONSIDERING));
    }

    @Test
    void aFailureWhileStoringLeavesNothing() {
        IngestOutcome broken = ingest.ingest(
                ArticleInput.of(ArticleIngestServiceTest.TEXT + " " + ScriptedExtraction.STORAGE_BREAKS), "x.txt");
        assertThat(broken.status()).isEqualTo(IngestOutcome.Status.FAILED);
        for (String table : List.of("article", "mention", "claim", "claim_country", "troop_pledge", "outlet",
                "country", "person")) {
            assertThat(count(jdbc, table)).as(table).isZero();
        }
    }

    @Test
    void reextractionReplacesWithoutDuplicates() {
        ingest.ingest(ArticleInput.of(ArticleIngestServiceTest.TEXT), "a.txt");
        long claimRows = count(jdbc, "claim");
        long links = count(jdbc, "claim_country");
        assertThat(reextract.reextractAll().articles()).isEqualTo(1);
        assertThat(count(jdbc, "claim")).isEqualTo(claimRows);
        assertThat(count(jdbc, "claim_country")).isEqualTo(links);
    }

    @Test
    void nearCopiesAreLinkedThroughTheBandIndexAndSurviveReextraction() throws java.io.IOException {
        IngestOutcome original = ingest.ingest(ArticleInput.of(NearCopyIngestTest.text("original.txt")), "o.txt");
        IngestOutcome other = ingest.ingest(ArticleInput.of(NearCopyIngestTest.text("same-topic.txt")), "t.txt");
        IngestOutcome copy = ingest.ingest(ArticleInput.of(NearCopyIngestTest.text("syndicated.txt")), "s.txt");
        assertThat(original.nearCopyOf()).isNull();
        assertThat(other.nearCopyOf()).isNull();
        assertThat(copy.nearCopyOf()).isEqualTo(original.articleId());
        assertThat(count(jdbc, "article_band")).isEqualTo(3L * org.claimboard.dedup.Bands.BANDS);

        jdbc.update("update article set fingerprint = null, near_copy_of = null");
        jdbc.update("delete from article_band");
        reextract.reextractAll();
        assertThat(jdbc.queryForObject("select near_copy_of from article where id = ?", Long.class, copy.articleId()))
                .isEqualTo(original.articleId());
        assertThat(count(jdbc, "article_band")).isEqualTo(3L * org.claimboard.dedup.Bands.BANDS);

        jdbc.update("delete from article where id = ?", original.articleId());
        assertThat(jdbc.queryForObject("select near_copy_of from article where id = ?", Long.class, copy.articleId()))
                .isNull();
    }
}
