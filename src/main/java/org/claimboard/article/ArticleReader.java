package org.claimboard.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.country.Country;
import org.claimboard.extraction.TextSpan;
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one article for its page: five queries (article, mentions, claims with countries, pledges, and its
 * original or its near copies), then lays every claim, stance and mention over the text as highlights.
 */
@Service
public class ArticleReader {

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;

    ArticleReader(ArticleRepository articles, MentionRepository mentions, ClaimRepository claims,
                  TroopPledgeRepository pledges) {
        this.articles = articles;
        this.mentions = mentions;
        this.claims = claims;
        this.pledges = pledges;
    }

    @Transactional(readOnly = true)
    public ArticleView read(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        List<Mention> found = mentions.findByArticleIdOrderByStartAscEndDesc(id);
        List<Claim> articleClaims = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(id);
        List<TroopPledge> stated = articleClaims.isEmpty() ? List.of()
                : pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(id);
        List<PledgeView> pledgeViews = stated.stream().map(PledgeView::of).toList();
        Map<Long, List<PledgeView>> byClaim = pledgeViews.stream().collect(Collectors.groupingBy(PledgeView::claimId));
        return new ArticleView(article,
                HighlightedText.of(article.getText(), highlights(found, articleClaims, stated)),
                articleClaims.stream().map(c -> ClaimRow.of(c, byClaim.getOrDefault(c.getId(), List.of()))).toList(),
                pledgeViews,
                distinct(found, MentionKind.COUNTRY).stream().map(Country::of).toList(),
                distinct(found, MentionKind.OUTLET).stream()
                        .collect(Collectors.toMap(name -> name, Outlet::slugOf, (a, b) -> a, LinkedHashMap::new)),
                distinct(found, MentionKind.PERSON),
                sameStory(article));
    }

    private SameStory sameStory(Article article) {
        if (article.getNearCopyOf() != null) {
            return articles.findByIdIn(List.of(article.getNearCopyOf())).stream().findFirst()
                    .map(original -> new SameStory(original, List.of())).orElse(SameStory.none());
        }
        return new SameStory(null, articles.findByNearCopyOfOrderByIdAsc(article.getId(),
                Limit.of(SameStory.MAX_COPIES)));
    }

    static List<Highlight> highlights(List<Mention> found, List<Claim> articleClaims, List<TroopPledge> stated) {
        List<Highlight> all = new ArrayList<>();
        for (Claim c : articleClaims) {
            all.add(Highlight.claim(c.getId(), c.getStartOffset(), c.getEndOffset()));
        }
        for (TroopPledge p : stated) {
            String stance = p.getStance().name().toLowerCase(Locale.ROOT);
            all.add(Highlight.mark(p.getStartOffset(), p.getEndOffset(), "m-pledge-" + stance,
                    (p.isCoalition() ? "Coalition" : p.getActor()) + ": " + stance
                            + (p.getTroops() == null ? "" : " " + p.getTroops())));
            evidence(all, p, stance);
        }
        for (Mention m : found) {
            String kind = m.getKind().name().toLowerCase(Locale.ROOT);
            String title = m.getKind() == MentionKind.COUNTRY ? Country.of(m.getValue()).getName() : m.getValue();
            all.add(Highlight.mark(m.getStart(), m.getEnd(), "m-" + kind, kind + ": " + title));
        }
        return all;
    }

    /**
     * The pledge's stance phrase and actor words, clipped to its claim's sentence (the highlighted run they are
     * drawn in); a span wholly outside it, or unknown, is left out.
     */
    private static void evidence(List<Highlight> all, TroopPledge p, String stance) {
        int from = p.getClaim().getStartOffset();
        int to = p.getClaim().getEndOffset();
        TextSpan stanceSpan = p.getStanceSpan();
        if (stanceSpan != null && Math.max(from, stanceSpan.start()) < Math.min(to, stanceSpan.end())) {
            all.add(Highlight.stance(Math.max(from, stanceSpan.start()), Math.min(to, stanceSpan.end()),
                    "ev-stance ev-stance-" + stance, "stance: " + stance));
        }
        TextSpan actorSpan = p.getActorSpan();
        if (actorSpan != null && Math.max(from, actorSpan.start()) < Math.min(to, actorSpan.end())) {
            all.add(Highlight.actor(Math.max(from, actorSpan.start()), Math.min(to, actorSpan.end()), "ev-actor",
                    "actor: " + (p.isCoalition() ? "Coalition" : p.getActor())));
        }
    }

    private static List<String> distinct(List<Mention> found, MentionKind kind) {
        Set<String> values = new LinkedHashSet<>();
        found.stream().filter(m -> m.getKind() == kind).forEach(m -> values.add(m.getValue()));
        return List.copyOf(values);
    }
}
