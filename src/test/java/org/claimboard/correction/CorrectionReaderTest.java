package org.claimboard.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;

import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.Verdict.Rating;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.Test;

/** What the reader asks the database for; no Spring, only mocks. */
class CorrectionReaderTest {

    final ClaimVerdictRepository verdicts = mock(ClaimVerdictRepository.class);
    final AuditTrail audit = mock(AuditTrail.class);
    final Targets targets = mock(Targets.class);
    final CorrectionReader reader = new CorrectionReader(mock(ArticleRepository.class), mock(ClaimRepository.class),
            mock(TroopPledgeRepository.class), mock(OutletRepository.class), verdicts, audit, targets);

    @Test
    void theClaimEditPageReadsThatClaimsVerdictAndNotTheArticlesAuditTrail() {
        Claim claim = Fixtures.claim(11, Fixtures.article(1, Fixtures.TIMES_SENTENCE), Fixtures.TIMES_SENTENCE, null);
        VerdictView disputed = new VerdictView(11, Rating.DISPUTED, "Denied.", "admin", Instant.now());
        when(targets.claim(1, 11)).thenReturn(claim);
        when(verdicts.findViewsByClaimIdIn(List.of(11L))).thenReturn(List.of(disputed));

        EditViews.ClaimEdit edit = reader.claim(1, 11);

        assertThat(edit.verdict()).isEqualTo(disputed);
        assertThat(edit.verdictForm()).isEqualTo(new VerdictForm(Rating.DISPUTED, "Denied."));
        verify(verdicts).findViewsByClaimIdIn(List.of(11L));
        verifyNoInteractions(audit);
    }
}
