package org.claimboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.claimboard.article.ArticleReader;
import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.article.ArticleView;
import org.claimboard.article.Mention;
import org.claimboard.article.MentionKind;
import org.claimboard.article.MentionRepository;
import org.claimboard.article.ValueCount;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.claim.OutletTally;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.compare.Comparison;
import org.claimboard.compare.ComparisonService;
import org.claimboard.support.SampleClaims;
import org.claimboard.timeline.Lane;
import org.claimboard.timeline.TimelineService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The queries the pages add, on the real schema; and that a page costs a fixed number of statements. */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ClaimListing.class, ArticleReader.class, TimelineService.class, ComparisonService.class})
class PageQueriesTest {

    @Autowired
    EntityManager em;
    @Autowired
    ClaimRepository claims;
    @Autowired
    TroopPledgeRepository pledges;
    @Autowired
    ArticleRepository articles;
    @Autowired
    MentionRepository mentions;
    @Autowired
    ClaimListing listing;
    @Autowired
    ArticleReader reader;
    @Autowired
    TimelineService timeline;
    @Autowired
    ComparisonService comparisons;

    SampleClaims sample;

    @BeforeEach
    void store() {
        sample = SampleClaims.create(em);
    }

    Statistics statistics() {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        return statistics;
    }

    static List<String> actors(List<TroopPledge> found) {
        return found.stream().map(TroopPledge::getActor).toList();
    }

    @Test
    void timelineHoldsOnlyDatedClaimsEarliestFirstWithUnknownYearsLast() {
        assertThat(claims.timeline(ClaimFilter.none(), PageRequest.of(0, 10)).map(Claim::getId).getContent())
                .containsExactly(sample.france().getId(), sample.poland().getId());
    }

    @Test
    void comparisonReadsPledgesByOutletOrByArticle() {
        assertThat(actors(pledges.findByOutletSlugs(List.of("the-times", "financial-times"), PageRequest.of(0, 10))))
                .containsExactlyInAnyOrder("FR", "DE");
        assertThat(actors(pledges.findByOutletSlugs(List.of("the-times"), PageRequest.of(0, 10)))).containsExactly("FR");
        assertThat(actors(pledges.findByArticleIds(List.of(sample.second().getId()), PageRequest.of(0, 10))))
                .containsExactlyInAnyOrder("PL", "FR");
    }

    @Test
    void lanesReadAnActorsPledgesInDateOrderAndTheBusiestActorsFirst() {
        List<TroopPledge> france = pledges.findByActorsChronological(List.of("FR"), PageRequest.of(0, 10));
        assertThat(france).extracting(TroopPledge::getStance).containsExactly(Stance.OFFERED, Stance.REVERSED);
        assertThat(pledges.findBusiestActors(PageRequest.of(0, 1))).containsExactly("FR");
    }

    @Test
    void outletPagesCountClaimsAndFindCitingArticles() {
        Long timesId = claims.findById(sample.france().getId()).orElseThrow().getOutlet().getId();
        assertThat(claims.tallyByOutletIdIn(List.of(timesId)))
                .containsExactly(new OutletTally("the-times", "The Times", 1));
        em.persist(new Mention(em.find(org.claimboard.article.Article.class, sample.second().getId()),
                MentionKind.OUTLET, "The Times", 0, 4));
        em.flush();
        Page<ArticleSummary> citing = articles.findCiting("The Times", "the-times", PageRequest.of(0, 10));
        assertThat(citing.getContent()).extracting(ArticleSummary::getTitle).containsExactly("second", "first");
        assertThat(citing.getTotalElements()).isEqualTo(2);
        assertThat(mentions.countArticlesByValue(MentionKind.OUTLET, List.of("The Times", "Le Monde")))
                .containsExactly(new ValueCount("The Times", 1));
    }

    @Test
    void aPageOfClaimsCostsAFixedNumberOfStatements() {
        Statistics statistics = statistics();
        Page<ClaimRow> page = listing.search(ClaimFilter.none(), PageRequest.of(0, 25));
        assertThat(page.getContent()).hasSize(4);
        assertThat(page.getContent()).filteredOn(r -> r.id() == sample.poland().getId()).singleElement()
                .satisfies(r -> {
                    assertThat(r.pledges()).extracting(PledgeView::actor).containsExactlyInAnyOrder("PL", "FR");
                    assertThat(r.countries()).extracting(c -> c.getCode()).containsExactly("FR", "PL");
                    assertThat(r.date().text()).isEqualTo("10 April, year unknown");
                });
        assertThat(statistics.getPrepareStatementCount()).as("page, article summaries, countries, pledges")
                .isLessThanOrEqualTo(5);
        assertThat(countArticles(statistics)).as("no article text read for a list").isZero();
        assertThat(page.getContent()).extracting(ClaimRow::articleTitle).contains("first", "second", "undated");
    }

    @Test
    void anArticlePageCostsAFixedNumberOfStatements() {
        em.clear();
        Statistics statistics = statistics();
        ArticleView view = reader.read(sample.second().getId());
        assertThat(view.claims()).hasSize(1);
        assertThat(view.pledges()).extracting(PledgeView::actor).containsExactlyInAnyOrder("PL", "FR");
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(5);
    }

    @Test
    void lanesAndComparisonsNameTheirArticlesFromSummariesWithoutLoadingArticleTexts() {
        em.clear();
        Statistics statistics = statistics();
        List<Lane> lanes = timeline.lanes(List.of("FR"));
        assertThat(lanes).singleElement().satisfies(lane -> assertThat(lane.steps())
                .extracting(PledgeView::articleTitle).containsExactly("first", "second"));
        assertThat(countArticles(statistics)).as("no Article entity (and so no article text) loaded").isZero();
        assertThat(statistics.getPrepareStatementCount()).as("pledges, then article summaries").isEqualTo(2);

        em.clear();
        statistics = statistics();
        Comparison matrix = comparisons.outlets(List.of("the-times", "financial-times"));
        assertThat(matrix.rows()).extracting(Comparison.Row::actor).containsExactly("FR", "DE");
        assertThat(countArticles(statistics)).isZero();
    }

    private static long countArticles(Statistics statistics) {
        return statistics.getEntityStatistics(org.claimboard.article.Article.class.getName()).getLoadCount();
    }

    @Test
    void latestStancePerActorForListsLeavesArticleTextsUnread() {
        em.clear();
        Statistics statistics = statistics();
        List<PledgeView> latest = PledgeView.of(pledges.findLatestPerActorForLists(), articles);
        assertThat(latest).extracting(PledgeView::actor).containsExactly("DE", "FR", "GB", "PL");
        assertThat(latest).filteredOn(p -> p.actor().equals("FR")).singleElement()
                .satisfies(p -> assertThat(p.stance()).isEqualTo(Stance.REVERSED));
        assertThat(countArticles(statistics)).isZero();
    }
}
