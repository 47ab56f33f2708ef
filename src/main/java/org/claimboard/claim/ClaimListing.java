package org.claimboard.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledgeRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of claims ready to show: one query for the page (with article and outlet), one batch for its
 * countries, one for its pledges, whatever the page size. Never one query per row.
 */
@Service
public class ClaimListing {

    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;

    ClaimListing(ClaimRepository claims, TroopPledgeRepository pledges) {
        this.claims = claims;
        this.pledges = pledges;
    }

    @Transactional(readOnly = true)
    public Page<ClaimRow> search(ClaimFilter filter, Pageable pageable) {
        return rows(claims.search(filter, pageable));
    }

    /** Dated claims matching the filter, earliest first. */
    @Transactional(readOnly = true)
    public Page<ClaimRow> timeline(ClaimFilter filter, Pageable pageable) {
        return rows(claims.timeline(filter, pageable));
    }

    private Page<ClaimRow> rows(Page<Claim> page) {
        List<Long> ids = page.getContent().stream().map(Claim::getId).toList();
        Map<Long, List<PledgeView>> byClaim = ids.isEmpty() ? Map.of()
                : pledges.findByClaimIdInOrderByClaimIdAscIdAsc(ids).stream().map(PledgeView::of)
                        .collect(Collectors.groupingBy(PledgeView::claimId));
        return page.map(c -> ClaimRow.of(c, byClaim.getOrDefault(c.getId(), List.of())));
    }

    /** The most recent claims, newest first. */
    @Transactional(readOnly = true)
    public List<ClaimRow> latest(int count) {
        return search(ClaimFilter.none(), PageRequest.of(0, count)).getContent();
    }
}
