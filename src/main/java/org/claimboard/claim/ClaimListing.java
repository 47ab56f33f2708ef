package org.claimboard.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.claimboard.article.ArticleRef;
import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledgeRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
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
    private final ArticleRepository articles;

    ClaimListing(ClaimRepository claims, TroopPledgeRepository pledges, ArticleRepository articles) {
        this.claims = claims;
        this.pledges = pledges;
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public Page<ClaimRow> search(ClaimFilter filter, Pageable pageable) {
        return rows(claims.list(filter, pageable));
    }

    /** Dated claims matching the filter, earliest first. */
    @Transactional(readOnly = true)
    public Page<ClaimRow> timeline(ClaimFilter filter, Pageable pageable) {
        return rows(claims.timeline(filter, pageable));
    }

    /**
     * The {@code count} latest stored claims matching the filter, newest first, for feeds. Each row carries its
     * article's summary (ingestion time, publisher), so a feed needs no further query.
     */
    @Transactional(readOnly = true)
    public List<ClaimRow> latestStored(ClaimFilter filter, int count) {
        return rows(claims.chunk(filter, ScrollPosition.keyset(), count).getContent());
    }

    /** The next {@code size} matching claims after {@code after}, latest stored first: for exports. */
    @Transactional(readOnly = true)
    public Window<ClaimRow> chunk(ClaimFilter filter, ScrollPosition after, int size) {
        Window<Claim> found = claims.chunk(filter, after, size);
        return Window.from(rows(found.getContent()), found::positionAt, found.hasNext());
    }

    private Page<ClaimRow> rows(Page<Claim> page) {
        return new PageImpl<>(rows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** Claims with their outlet loaded; article summaries, countries and pledges come in one batch each. */
    private List<ClaimRow> rows(List<Claim> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Claim::getId).toList();
        Map<Long, ArticleSummary> summaries = new HashMap<>();
        articles.findByIdIn(found.stream().map(c -> ArticleRef.id(c.getArticle())).distinct().toList())
                .forEach(a -> summaries.put(a.getId(), a));
        Map<Long, List<PledgeView>> byClaim = PledgeView.of(pledges.findByClaimIdInOrderByClaimIdAscIdAsc(ids),
                summaries).stream().collect(Collectors.groupingBy(PledgeView::claimId));
        return found.stream().map(c -> {
            Long articleId = ArticleRef.id(c.getArticle());
            return ClaimRow.of(c, byClaim.getOrDefault(c.getId(), List.of()), articleId, summaries.get(articleId));
        }).toList();
    }

    /** One claim, as lists show it, with its article's summary. */
    @Transactional(readOnly = true)
    public Optional<ClaimRow> find(long id) {
        return claims.findById(id).map(c -> rows(List.of(c)).get(0));
    }

    /** The most recent claims, newest first. */
    @Transactional(readOnly = true)
    public List<ClaimRow> latest(int count) {
        return search(ClaimFilter.none(), PageRequest.of(0, count)).getContent();
    }
}
