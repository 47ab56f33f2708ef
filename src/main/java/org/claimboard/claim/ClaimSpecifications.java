package org.claimboard.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.claimboard.country.Country;
import org.claimboard.pledge.TroopPledge;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link ClaimFilter} into criteria. Country and stance use EXISTS subqueries rather than joins,
 * so a claim is never counted twice and the count query stays a plain count. Public so pledges can be
 * narrowed by the same filter (their claim must match it).
 */
public final class ClaimSpecifications {

    private ClaimSpecifications() {
    }

    public static Specification<Claim> matching(ClaimFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!filter.countries().isEmpty()) {
                Subquery<Long> sub = query.subquery(Long.class);
                Root<Claim> same = sub.from(Claim.class);
                Join<Claim, Country> country = same.join("countries");
                sub.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")),
                        country.get("code").in(filter.countries()));
                all.add(cb.exists(sub));
            }
            if (filter.outlet() != null) {
                all.add(cb.equal(root.get("outlet").get("slug"), filter.outlet()));
            }
            if (filter.stance() != null) {
                Subquery<Long> sub = query.subquery(Long.class);
                Root<TroopPledge> pledge = sub.from(TroopPledge.class);
                sub.select(pledge.get("id")).where(cb.equal(pledge.get("claim"), root),
                        cb.equal(pledge.get("stance"), filter.stance()));
                all.add(cb.exists(sub));
            }
            if (filter.articleId() != null) {
                all.add(cb.equal(root.get("article").get("id"), filter.articleId()));
            }
            if (filter.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("sortDate"), filter.from()));
            }
            if (filter.to() != null) {
                all.add(cb.lessThanOrEqualTo(root.get("sortDate"), filter.to()));
            }
            if (filter.q() != null) {
                all.add(cb.like(cb.lower(root.get("text")), "%" + escapeLike(filter.q()) + "%", '\\'));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String words) {
        return words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Claims whose text gives a date (any precision). */
    static Specification<Claim> dated() {
        return (root, query, cb) -> cb.or(cb.isNotNull(root.get("eventMonth")), cb.isNotNull(root.get("eventYear")));
    }
}
