package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SchemaSmokeTest {
    @Autowired ClaimRepository claims;

    @Test
    void boots() {
        assertThat(claims.search(ClaimFilter.none(), org.springframework.data.domain.PageRequest.of(0, 5))).isEmpty();
    }
}
