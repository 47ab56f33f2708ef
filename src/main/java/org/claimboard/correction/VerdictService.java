package org.claimboard.correction;

import java.time.Instant;

import org.claimboard.claim.Claim;
import org.claimboard.claim.Verdict.Rating;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' verdicts on claims. A verdict is keyed by the claim's sentence, not its row, so it lands on the same
 * sentence's claim after re-extraction without being applied again.
 */
@Service
public class VerdictService {

    private final ClaimVerdictRepository verdicts;
    private final AuditTrail audit;
    private final Targets targets;

    VerdictService(ClaimVerdictRepository verdicts, AuditTrail audit, Targets targets) {
        this.verdicts = verdicts;
        this.audit = audit;
        this.targets = targets;
    }

    @Transactional
    public void decide(long articleId, long claimId, VerdictForm form, String user) {
        Claim claim = targets.claim(articleId, claimId);
        ClaimVerdict verdict = verdicts.findByArticleIdAndClaimStartAndClaimEnd(articleId, claim.getStartOffset(),
                claim.getEndOffset()).orElseGet(() -> new ClaimVerdict(articleId, claim.getStartOffset(),
                claim.getEndOffset()));
        Rating before = verdict.getVerdict();
        verdict.decide(form.verdict(), form.note(), user, Instant.now());
        verdicts.save(verdict);
        audit.entry(articleId, claim.getStartOffset(), claim.getEndOffset(), user,
                ClaimCorrections.subject(claim.getText())).verdict(before, form.verdict(), verdict.getNote());
    }
}
