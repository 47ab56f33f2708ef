package org.claimboard.pledge;

import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.ClaimFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pages of pledges matching a claim filter, ready to show: one query for the page, one for its articles. */
@Service
public class PledgeListing {

    private final TroopPledgeRepository pledges;
    private final ArticleRepository articles;

    PledgeListing(TroopPledgeRepository pledges, ArticleRepository articles) {
        this.pledges = pledges;
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public Page<PledgeView> search(ClaimFilter filter, Pageable pageable) {
        Page<TroopPledge> page = pledges.search(filter, pageable);
        return new PageImpl<>(PledgeView.of(page.getContent(), articles), page.getPageable(),
                page.getTotalElements());
    }
}
