package org.claimboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.claimboard.article.Article;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.pledge.PledgeListing;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.support.SampleClaims;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Exports and the feed on the real schema, with every SQL statement recorded: chunks follow each other by keyset
 * (tiny chunks here, so one export takes several), each row comes once, and nothing is ever counted.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
        + "org.claimboard.system.ExportQueriesTest$Recorder")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ClaimListing.class, PledgeListing.class})
class ExportQueriesTest {

    /** Every statement Hibernate prepares, in order. */
    public static class Recorder implements StatementInspector {
        static final List<String> SQL = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String inspect(String sql) {
            SQL.add(sql.toLowerCase());
            return sql;
        }
    }

    @Autowired
    EntityManager em;
    @Autowired
    ClaimRepository claims;
    @Autowired
    TroopPledgeRepository pledges;
    @Autowired
    ClaimListing claimListing;
    @Autowired
    PledgeListing pledgeListing;

    SampleClaims sample;

    @BeforeEach
    void store() {
        sample = SampleClaims.create(em);
        Recorder.SQL.clear();
    }

    static <T> List<Long> exported(Function<ScrollPosition, Window<T>> chunks, Function<T, Long> id)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsvDownload.write(response, "test.csv", List.of("id"), chunks, item -> List.of(id.apply(item)));
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString())).stream()
                .map(r -> Long.parseLong(r.get("id"))).toList();
    }

    static void assertNothingCounted() {
        assertThat(Recorder.SQL).isNotEmpty().noneMatch(sql -> sql.contains("count("));
    }

    @Test
    void aClaimExportHasEveryRowOnceLatestStoredFirstThoughClaimsArriveMeanwhile() throws Exception {
        List<Long> before = claims.findAll().stream().map(Claim::getId).sorted(Comparator.reverseOrder()).toList();
        Recorder.SQL.clear();
        int[] calls = {0};
        List<Long> ids = exported(after -> {
            if (calls[0]++ == 1) {
                // Stored while the export runs: with offsets the rows would shift and one would come twice.
                em.persist(new Claim(em.find(Article.class, sample.second().getId()), 7, 0, 6, "Latvia too."));
                em.flush();
            }
            return claimListing.chunk(ClaimFilter.none(), after, 3);
        }, ClaimRow::id);
        assertThat(calls[0]).as("several chunks").isGreaterThan(1);
        assertThat(ids).containsExactlyElementsOf(before);
        assertNothingCounted();
    }

    @Test
    void aFilteredPledgeExportHasEveryMatchingRowOnce() throws Exception {
        List<Long> expected = pledges.findAll().stream().filter(p -> !p.getActor().equals("GB"))
                .map(TroopPledge::getId).sorted(Comparator.reverseOrder()).toList();
        Recorder.SQL.clear();
        ClaimFilter notBritain = ClaimFilter.none().withCountries(Set.of("FR", "DE", "PL"));
        assertThat(exported(after -> pledgeListing.chunk(notBritain, after, 2), p -> p.id()))
                .containsExactlyElementsOf(expected);
        assertNothingCounted();
    }

    @Test
    void theFeedTakesTheLatestStoredWithTheirArticlesAndCountsNothing() {
        List<ClaimRow> latest = claimListing.latestStored(ClaimFilter.none(), 2);
        assertThat(latest).extracting(ClaimRow::id).containsExactly(sample.britain().getId(),
                sample.poland().getId());
        assertThat(latest).allSatisfy(row -> assertThat(row.article().getIngestedAt()).isNotNull());
        assertNothingCounted();
        assertThat(Recorder.SQL).filteredOn(sql -> sql.contains(" from article ")).as("one summary lookup")
                .hasSize(1);
    }
}
