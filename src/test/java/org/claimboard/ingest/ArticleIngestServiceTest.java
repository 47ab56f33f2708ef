package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimboard.support.TestDatabase.count;

import java.time.LocalDate;
import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.article.Mention;
import org.claimboard.article.MentionKind;
import org.claimboard.article.MentionRepository;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.country.Country;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.DatePrecision;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.TextSpan;
import org.claimboard.extraction.YearSource;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.person.PersonRepository;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Import(ScriptedExtraction.class)
class ArticleIngestServiceTest {

    static final String TEXT = "The Times reported that France will send 5,000 troops. "
            + "Germany declined on 10 April 2025. Poland is considering it. Keir Starmer spoke.";

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MentionRepository mentions;

    @Autowired
    ClaimRepository claims;

    @Autowired
    TroopPledgeRepository pledges;

    @Autowired
    OutletRepository outlets;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    static ArticleInput article(String text) {
        return new ArticleInput(text, "A title", null, null, LocalDate.of(2025, 5, 1), null);
    }

    @Nested
    @Transactional
    class AStoredArticle {

        Article stored;

        @BeforeEach
        void ingestIt() {
            IngestOutcome outcome = ingest.ingest(article(TEXT), "report.txt");
            assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.ADDED);
            stored = articles.findById(outcome.articleId()).orElseThrow();
        }

        @Test
        void keepsItsTextMetadataAndHash() {
            assertThat(stored.getText()).isEqualTo(TEXT);
            assertThat(stored.getTitle()).isEqualTo("A title");
            assertThat(stored.getSource()).isEqualTo("report.txt");
            assertThat(stored.getPublishedOn()).isEqualTo(LocalDate.of(2025, 5, 1));
            assertThat(stored.getContentHash()).hasSize(64).isEqualTo(ArticleTexts.contentHash(TEXT));
            assertThat(stored.getIngestedAt()).isNotNull();
        }

        @Test
        void hasEveryMentionWhereItStands() {
            List<Mention> found = mentions.findByArticleIdOrderByStartAscEndDesc(stored.getId());
            assertThat(found).extracting(Mention::getKind, Mention::getValue).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(MentionKind.OUTLET, "The Times"),
                    org.assertj.core.groups.Tuple.tuple(MentionKind.COUNTRY, "FR"),
                    org.assertj.core.groups.Tuple.tuple(MentionKind.COUNTRY, "DE"),
                    org.assertj.core.groups.Tuple.tuple(MentionKind.DATE, "2025-04-10"),
                    org.assertj.core.groups.Tuple.tuple(MentionKind.COUNTRY, "PL"),
                    org.assertj.core.groups.Tuple.tuple(MentionKind.PERSON, "Keir Starmer"));
            assertThat(found).allSatisfy(m -> assertThat(stored.excerpt(m.getStart(), m.getEnd()))
                    .isNotBlank().doesNotStartWith(" "));
            assertThat(stored.excerpt(found.get(1).getStart(), found.get(1).getEnd())).isEqualTo("France");
        }

        @Test
        void hasClaimsWithOutletCountriesAndDates() {
            List<Claim> found = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(stored.getId());
            assertThat(found).extracting(Claim::getSentenceIndex).containsExactly(0, 1, 2);
            Claim times = found.get(0);
            assertThat(times.getText()).isEqualTo("The Times reported that France will send 5,000 troops.");
            assertThat(times.getOutlet().getSlug()).isEqualTo("the-times");
            assertThat(times.getCountries()).extracting("code").containsExactly("FR");
            assertThat(times.getEventDate()).isNull();
            assertThat(times.getSortDate()).isEqualTo(LocalDate.of(2025, 5, 1));
            Claim dated = found.get(1);
            assertThat(dated.getEventDate()).isEqualTo(LocalDate.of(2025, 4, 10));
            assertThat(dated.getDatePrecision()).isEqualTo(DatePrecision.DAY);
            assertThat(dated.getYearSource()).isEqualTo(YearSource.STATED);
            assertThat(dated.getSortDate()).isEqualTo(LocalDate.of(2025, 4, 10));
        }

        @Test
        void tiesEachPledgeToTheClaimOfItsSentenceMakingOneWhereNeeded() {
            List<Claim> found = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(stored.getId());
            List<TroopPledge> stated = pledges.findByClaimIdInOrderByClaimIdAscIdAsc(
                    found.stream().map(Claim::getId).toList());
            assertThat(stated).extracting(TroopPledge::getActor, TroopPledge::getStance, TroopPledge::getTroops)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("FR", Stance.OFFERED, 5000),
                            org.assertj.core.groups.Tuple.tuple("DE", Stance.DECLINED, null),
                            org.assertj.core.groups.Tuple.tuple("PL", Stance.CONSIDERING, null));
            Claim made = found.get(2);
            assertThat(made.getText()).isEqualTo("Poland is considering it.");
            assertThat(made.getCountries()).extracting("code").containsExactly("PL");
            assertThat(stated).filteredOn(p -> p.getActor().equals("PL"))
                    .allSatisfy(p -> assertThat(p.getClaim().getId()).isEqualTo(made.getId()));
        }

        @Test
        void keepsEachPledgesStancePhraseAndActorWords() {
            List<TroopPledge> stated = pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(stored.getId());
            assertThat(stated).extracting(TroopPledge::getActor,
                            p -> p.getStanceSpan().of(TEXT), p -> p.getActorSpan().of(TEXT))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("FR", "will send", "France"),
                            org.assertj.core.groups.Tuple.tuple("DE", "declined", "Germany"),
                            org.assertj.core.groups.Tuple.tuple("PL", "considering", "Poland"));
            assertThat(jdbc.queryForObject("select count(*) from troop_pledge where stance_start is null"
                    + " or stance_end is null or actor_start is null or actor_end is null", Integer.class)).isZero();
        }

        @Test
        void createsReferenceRowsOnceAndReusesThem() {
            ingest.ingest(article("The Times says France will send 5,000 more. Keir Starmer agreed."), "more.txt");
            assertThat(outlets.findAll()).extracting("name").containsExactly("The Times");
            assertThat(people.findAll()).singleElement().satisfies(p -> {
                assertThat(p.getName()).isEqualTo("Keir Starmer");
                assertThat(p.getRole()).isEqualTo("Prime Minister");
                assertThat(p.getCountryCode()).isEqualTo("GB");
            });
            assertThat(count(jdbc, "country")).isEqualTo(3);
            assertThat(jdbc.queryForObject("select name from country where code = 'DE'", String.class))
                    .isEqualTo("Germany");
        }
    }

    @Test
    void aPageOfClaimsCanBeShownOutsideATransaction() {
        ingest.ingest(article(TEXT), "report.txt");
        List<Claim> page = claims.search(ClaimFilter.none(), PageRequest.of(0, 10)).getContent();
        assertThat(page).hasSize(3);
        assertThat(page).extracting(c -> c.getArticle().getTitle()).containsOnly("A title");
        assertThat(page).flatExtracting(c -> c.getCountries().stream().map(Country::getName).toList())
                .containsExactlyInAnyOrder("France", "Germany", "Poland");
        List<TroopPledge> stated = pledges.findByClaimIdInOrderByClaimIdAscIdAsc(
                page.stream().map(Claim::getId).toList());
        assertThat(stated).extracting(p -> p.getClaim().getText()).hasSize(3);
        assertThat(pledges.findLatestPerActor()).extracting(p -> p.getClaim().getArticle().getSource())
                .containsOnly("report.txt");
    }

    @Test
    void badFindingsAreDroppedAndTheRestIsStored() {
        IngestOutcome outcome = ingest.ingest(article("JUNK text about nothing in particular."), "junk.txt");
        assertThat(outcome.isAdded()).isTrue();
        // "X1" and "EU1" are no ISO codes; DE is (its mention had bad offsets, the country row is harmless)
        assertThat(jdbc.queryForList("select code from country order by code", String.class))
                .containsExactly("DE", "FR");
        assertThat(outlets.findAll()).singleElement()
                .satisfies(o -> assertThat(o.getName()).hasSize(200).startsWith("Very Long Outlet"));
        List<Claim> stored = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(outcome.articleId());
        assertThat(stored).extracting(Claim::getText).containsExactly("JUNK", "JUNK");
        assertThat(stored.get(0).getSpeaker()).hasSize(300);
        assertThat(stored.get(0).getCountries()).extracting("code").containsExactly("FR");
        assertThat(pledges.findByClaimIdInOrderByClaimIdAscIdAsc(stored.stream().map(Claim::getId).toList()))
                .singleElement().satisfies(p -> {
            assertThat(p.getActor()).isEqualTo("COALITION");
            assertThat(p.getTroops()).isEqualTo(10000);
            assertThat(p.getTroopsMax()).isEqualTo(20000);
            assertThat(p.getClaim().getSentenceIndex()).isEqualTo(99);
            assertThat(p.getStanceSpan()).as("evidence past the text is dropped, its pledge kept").isNull();
            assertThat(p.getActorSpan()).isEqualTo(new TextSpan(0, 4));
        });
        assertThat(mentions.findByArticleIdOrderByStartAscEndDesc(outcome.articleId()))
                .extracting(Mention::getKind).containsExactly(MentionKind.OUTLET);
    }

    @Test
    void theSameTextIsStoredOnceEvenWithOtherLineBreaksAndTrailingSpaces() {
        String lines = TEXT.replace(". ", ".\n");
        IngestOutcome first = ingest.ingest(article(lines), "a.txt");
        long claimsOfFirst = claims.count();
        IngestOutcome again = ingest.ingest(article("\uFEFF\n" + lines.replace("\n", "  \r\n") + " \r\n"), "b.txt");
        assertThat(again.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(articles.count()).isEqualTo(1);
        assertThat(claims.count()).isEqualTo(claimsOfFirst);
    }

    @Test
    void aTextInWhichNothingIsFoundIsStillAnArticle() {
        IngestOutcome outcome = ingest.ingest(article("Markets were calm on a quiet day."), "calm.txt");
        assertThat(outcome.isAdded()).isTrue();
        assertThat(articles.count()).isEqualTo(1);
        assertThat(claims.count()).isZero();
    }

    @Test
    void emptyOrBinaryTextIsRefusedWithAReason() {
        assertThat(ingest.ingest(article(" \n\t "), "blank.txt").reason()).contains("empty");
        assertThat(ingest.ingest(article("PK\u0003\u0004\0\0abc\0"), "zip.txt").reason()).contains("binary");
        assertThat(ingest.ingest(article("12 34 56 -- 78"), "digits.txt").reason()).contains("no letters");
        assertThat(articles.count()).isZero();
    }

    @Test
    void aFailingExtractorFailsOnlyThatArticle() {
        IngestOutcome broken = ingest.ingest(article("France " + ScriptedExtraction.EXTRACTION_BREAKS), "x.txt");
        assertThat(broken.status()).isEqualTo(IngestOutcome.Status.FAILED);
        assertThat(broken.reason()).contains("extraction failed", "extractor broke");
        assertThat(ingest.ingest(article(TEXT), "good.txt").isAdded()).isTrue();
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void aFailureWhileStoringLeavesNothingOfTheArticle() {
        IngestOutcome broken = ingest.ingest(article(TEXT + " " + ScriptedExtraction.STORAGE_BREAKS), "x.txt");
        assertThat(broken.status()).isEqualTo(IngestOutcome.Status.FAILED);
        assertThat(broken.reason()).contains("nothing was saved", "storage broke");
        for (String table : List.of("article", "mention", "claim", "claim_country", "troop_pledge", "outlet",
                "country", "person")) {
            assertThat(count(jdbc, table)).as(table).isZero();
        }
    }
}
