package org.claimboard.pledge;

import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.ClaimFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges matching a claim filter, ready to show, by the page or by the chunk: one query for them, one for
 * their articles.
 */
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

    /** The next {@code size} matching pledges after {@code after}, latest stored first: for exports. */
    @Transactional(readOnly = true)
    public Window<PledgeView> chunk(ClaimFilter filter, ScrollPosition after, int size) {
        Window<TroopPledge> found = pledges.chunk(filter, after, size);
        return Window.from(PledgeView.of(found.getContent(), articles), found::positionAt, found.hasNext());
    }
}
