package org.claimboard.pledge;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimSpecifications;
import org.springframework.data.jpa.domain.Specification;

/**
 * A {@link ClaimFilter} read for pledges: countries name the pledging actor and the stance is the pledge's own
 * (a claim can state several); outlet, article, dates and words narrow the claim, through the very criteria
 * the claim list uses.
 */
final class PledgeSpecifications {

    private PledgeSpecifications() {
    }

    static Specification<TroopPledge> matching(ClaimFilter filter) {
        ClaimFilter claimPart = filter.withCountries(null).withStance(null);
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!filter.countries().isEmpty()) {
                all.add(root.get("actor").in(filter.countries()));
            }
            if (filter.stance() != null) {
                all.add(cb.equal(root.get("stance"), filter.stance()));
            }
            if (!claimPart.isEmpty()) {
                Subquery<Long> sub = query.subquery(Long.class);
                Root<Claim> claim = sub.from(Claim.class);
                sub.select(claim.get("id")).where(cb.equal(claim, root.get("claim")),
                        ClaimSpecifications.matching(claimPart).toPredicate(claim, query, cb));
                all.add(cb.exists(sub));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
