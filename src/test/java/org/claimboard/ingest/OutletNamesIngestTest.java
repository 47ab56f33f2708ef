package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.claimboard.claim.ClaimRepository;
import org.claimboard.extraction.ArticleInput;
import org.claimboard.outlet.Outlet;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** An outlet cited by an abbreviation and by its full name is one outlet, under its canonical name. */
@SpringBootTest
class OutletNamesIngestTest {

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    OutletRepository outlets;

    @Autowired
    ClaimRepository claims;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        TestDatabase.clear(jdbc);
    }

    @Test
    @Transactional
    void anAbbreviationAndTheFullNameAreStoredAsOneOutlet() {
        String text = "Norway will send 300 troops to Ukraine, the FT reported on Monday. "
                + "Sweden is also ready to send soldiers, the Financial Times added.";
        ingest.ingest(new ArticleInput(text, "Nordic troops", null, null, LocalDate.of(2025, 5, 1), null), "nordic.txt");

        assertThat(outlets.findAllByOrderByNameAsc()).extracting(Outlet::getName).containsExactly("Financial Times");
        assertThat(claims.findAll()).isNotEmpty().allSatisfy(c -> assertThat(c.getOutlet().getName())
                .isEqualTo("Financial Times"));
    }
}
