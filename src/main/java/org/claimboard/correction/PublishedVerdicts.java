package org.claimboard.correction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.claimboard.claim.Verdict;
import org.claimboard.claim.Verdicts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The editors' verdict on a claim as its public page states it (a schema.org ClaimReview). */
@Component
class PublishedVerdicts implements Verdicts {

    private final ClaimVerdictRepository verdicts;

    PublishedVerdicts(ClaimVerdictRepository verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Verdict> of(long claimId) {
        return verdicts.findViewsByClaimIdIn(List.of(claimId)).stream().findFirst()
                .map(view -> new Verdict(view.verdict(), view.note(), view.by(),
                        LocalDate.ofInstant(view.at(), ZoneOffset.UTC)));
    }
}
