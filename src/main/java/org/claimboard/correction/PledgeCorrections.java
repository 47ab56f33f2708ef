package org.claimboard.correction;

import java.time.Instant;
import java.util.Optional;

import org.claimboard.claim.Claim;
import org.claimboard.pledge.TroopPledge;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' corrections of pledges: change one, delete one, add one to a claim. A pledge is keyed by its claim's
 * sentence and by the offsets and actor it was extracted (or added) with, which the first correction records.
 */
@Service
public class PledgeCorrections {

    private final CorrectionRepository corrections;
    private final CorrectionApplier applier;
    private final AuditTrail audit;
    private final Targets targets;

    PledgeCorrections(CorrectionRepository corrections, CorrectionApplier applier, AuditTrail audit,
                      Targets targets) {
        this.corrections = corrections;
        this.applier = applier;
        this.audit = audit;
        this.targets = targets;
    }

    /** Corrects a pledge; returns the id of its claim. */
    @Transactional
    public long correct(long articleId, long pledgeId, PledgeForm form, String user) {
        TroopPledge pledge = targets.pledge(articleId, pledgeId);
        targets.actor(form.actorCode());
        Claim claim = pledge.getClaim();
        Correction correction = shaping(articleId, pledge).orElseGet(() -> Correction.ofPledge(articleId,
                Correction.Action.CHANGE, claim.getStartOffset(), claim.getEndOffset(), pledge.getActor(),
                pledge.getStartOffset(), pledge.getEndOffset()));
        correction.pledgeValues(form);
        correction.stamp(user, Instant.now());
        corrections.save(correction);
        AuditTrail.Entry entry = audit.entry(articleId, claim.getStartOffset(), claim.getEndOffset(), user,
                subject(pledge.getActor()));
        entry.changed("actor", pledge.getActor(), correction.getActor());
        entry.changed("stance", pledge.getStance(), form.stance());
        entry.changed("number", pledge.getTroops(), form.troops());
        entry.changed("upper number", pledge.getTroopsMax(), form.troops() == null ? null : form.troopsMax());
        entry.changed("qualifier", pledge.getQualifier(), form.qualifier());
        entry.changed("kind", pledge.getKind(), form.kind());
        CorrectionApplier.pledgeValues(pledge, correction);
        return claim.getId();
    }

    /** Deletes a pledge, now and after every re-extraction; returns the id of its claim. */
    @Transactional
    public long delete(long articleId, long pledgeId, String user) {
        TroopPledge pledge = targets.pledge(articleId, pledgeId);
        Claim claim = pledge.getClaim();
        Optional<Correction> shaping = shaping(articleId, pledge);
        if (shaping.isPresent() && shaping.get().getAction() == Correction.Action.ADD) {
            corrections.delete(shaping.get()); // an added pledge simply stops being added
        } else {
            Correction correction = shaping.orElseGet(() -> Correction.ofPledge(articleId,
                    Correction.Action.DELETE, claim.getStartOffset(), claim.getEndOffset(), pledge.getActor(),
                    pledge.getStartOffset(), pledge.getEndOffset()));
            correction.setAction(Correction.Action.DELETE);
            correction.stamp(user, Instant.now());
            corrections.save(correction);
        }
        audit.entry(articleId, claim.getStartOffset(), claim.getEndOffset(), user, subject(pledge.getActor()))
                .deleted(AuditTrail.text(pledge.getStance())
                        + (pledge.getTroops() == null ? "" : " " + AuditTrail.text(pledge.getTroops())));
        applier.pledgeDeleted(pledge);
        return claim.getId();
    }

    /** Adds a pledge to a claim, stated by the claim's whole sentence; returns the claim's id. */
    @Transactional
    public long add(long articleId, long claimId, PledgeForm form, String user) {
        Claim claim = targets.claim(articleId, claimId);
        targets.actor(form.actorCode());
        CorrectionApplier.Rows rows = applier.rows(articleId);
        Correction correction = Correction.ofPledge(articleId, Correction.Action.ADD, claim.getStartOffset(),
                claim.getEndOffset(), form.actorCode(), claim.getStartOffset(), claim.getEndOffset());
        if (!rows.pledgesOf(correction).isEmpty()) {
            throw new CorrectionRejected("actor", "correction.pledge.exists");
        }
        correction.pledgeValues(form);
        correction.stamp(user, Instant.now());
        corrections.save(correction);
        AuditTrail.Entry entry = audit.entry(articleId, claim.getStartOffset(), claim.getEndOffset(), user,
                subject(form.actorCode()));
        entry.added(AuditTrail.text(form.stance())
                + (form.troops() == null ? "" : " " + AuditTrail.text(form.troops())));
        applier.apply(correction, rows);
        return claim.getId();
    }

    /** The correction that gave this pledge its current values, if any. */
    private Optional<Correction> shaping(long articleId, TroopPledge pledge) {
        Claim claim = pledge.getClaim();
        return corrections.findByArticleIdOrderByIdAsc(articleId).stream()
                .filter(c -> c.shapes(claim.getStartOffset(), claim.getEndOffset(), pledge.getActor(),
                        pledge.getStartOffset(), pledge.getEndOffset())).findFirst();
    }

    static String subject(String actor) {
        return (TroopPledge.COALITION.equals(actor) ? "coalition" : actor) + " pledge";
    }
}
