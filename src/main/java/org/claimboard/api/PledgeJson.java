package org.claimboard.api;

import org.claimboard.pledge.PledgeView;

/** A pledge in the API: who, which stance, how many, and the claim and article that state it. */
public record PledgeJson(long id, String actor, String stance, Integer troops, Integer troopsMax, String qualifier,
                         String kind, String date, String sentence, String outlet, String speaker, long claimId,
                         long articleId, String articleTitle) {

    static PledgeJson of(PledgeView p) {
        return new PledgeJson(p.id(), p.actor(), Enums.name(p.stance()), p.troops(), p.troopsMax(),
                Enums.name(p.qualifier()), Enums.name(p.kind()), p.date() == null ? null : p.date().iso(),
                p.sentence(), p.outletName(), p.speaker(), p.claimId(), p.articleId(), p.articleTitle());
    }
}
