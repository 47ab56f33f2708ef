package org.claimboard.correction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.outlet.Outlet;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the article page and the editing pages show about corrections and verdicts. */
@Service
public class CorrectionReader {

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;
    private final OutletRepository outlets;
    private final ClaimVerdictRepository verdicts;
    private final AuditTrail audit;
    private final Targets targets;

    CorrectionReader(ArticleRepository articles, ClaimRepository claims, TroopPledgeRepository pledges,
                     OutletRepository outlets, ClaimVerdictRepository verdicts, AuditTrail audit, Targets targets) {
        this.articles = articles;
        this.claims = claims;
        this.pledges = pledges;
        this.outlets = outlets;
        this.verdicts = verdicts;
        this.audit = audit;
        this.targets = targets;
    }

    /** Verdicts on the article's claims and its audit trail: two queries. */
    @Transactional(readOnly = true)
    public ArticleReview review(long articleId) {
        Map<Long, VerdictView> byClaim = verdicts.findViewsByArticleId(articleId).stream()
                .collect(Collectors.toMap(VerdictView::claimId, Function.identity(), (a, b) -> a));
        return new ArticleReview(byClaim, audit.of(articleId));
    }

    /** Verdicts on the claims a page lists, by claim id, for the shared claim table's badges: one query. */
    @Transactional(readOnly = true)
    public Map<Long, VerdictView> verdictsOn(List<ClaimRow> rows) {
        return verdicts(rows.stream().map(ClaimRow::id).toList());
    }

    /** Verdicts on the given claims by claim id: one query, none when there are no claims. */
    @Transactional(readOnly = true)
    Map<Long, VerdictView> verdicts(Collection<Long> claimIds) {
        return claimIds.isEmpty() ? Map.of() : verdicts.findViewsByClaimIdIn(claimIds).stream()
                .collect(Collectors.toMap(VerdictView::claimId, Function.identity(), (a, b) -> a));
    }

    @Transactional(readOnly = true)
    EditViews.ClaimEdit claim(long articleId, long claimId) {
        Claim claim = targets.claim(articleId, claimId);
        List<PledgeView> stated = pledges.findByClaimIdInOrderByClaimIdAscIdAsc(List.of(claimId)).stream()
                .map(PledgeView::of).toList();
        // Only this claim's verdict: the article's review would also read up to a hundred lines of audit trail.
        VerdictView verdict = verdicts(List.of(claimId)).get(claimId);
        ClaimForm form = new ClaimForm(claim.getOutlet() == null ? null : claim.getOutlet().getSlug(),
                claim.getSpeaker(), String.join(", ", claim.getCountries().stream().map(c -> c.getCode()).sorted()
                .toList()), claim.getEventDate());
        VerdictForm verdictForm = verdict == null ? VerdictForm.empty()
                : new VerdictForm(verdict.verdict(), verdict.note());
        return new EditViews.ClaimEdit(articleId, claim.getArticle().label(), claimId, claim.getText(), stated,
                verdict, form, verdictForm);
    }

    @Transactional(readOnly = true)
    EditViews.PledgeEdit pledge(long articleId, long pledgeId) {
        TroopPledge pledge = targets.pledge(articleId, pledgeId);
        Claim claim = pledge.getClaim();
        return new EditViews.PledgeEdit(articleId, claim.getArticle().label(), claim.getId(), pledgeId,
                claim.getText(), PledgeForm.of(pledge));
    }

    @Transactional(readOnly = true)
    EditViews.PledgeEdit newPledge(long articleId, long claimId) {
        Claim claim = targets.claim(articleId, claimId);
        return new EditViews.PledgeEdit(articleId, claim.getArticle().label(), claimId, null, claim.getText(),
                PledgeForm.empty());
    }

    /** The article's sentences, marking those that already carry a claim, and the chosen one if any. */
    @Transactional(readOnly = true)
    EditViews.NewClaim sentences(long articleId, Integer start, Integer end) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        // A sentence carries a claim when one lies inside it: a sentence citing two outlets has one over each part.
        // Claims by start, keeping the shortest, so each sentence is one look-up, not a pass over every claim.
        NavigableMap<Integer, Integer> claimEnds = new TreeMap<>();
        claims.findByArticleIdOrderBySentenceIndexAscIdAsc(articleId)
                .forEach(c -> claimEnds.merge(c.getStartOffset(), c.getEndOffset(), Math::min));
        List<EditViews.SentenceChoice> choices = Sentences.of(article.getText()).stream()
                .map(s -> {
                    Map.Entry<Integer, Integer> first = claimEnds.ceilingEntry(s.start());
                    boolean claimed = first != null && first.getKey() < s.end() && first.getValue() <= s.end();
                    return new EditViews.SentenceChoice(s.index(), s.start(), s.end(),
                            article.excerpt(s.start(), s.end()), claimed);
                })
                .toList();
        EditViews.SentenceChoice chosen = null;
        if (start != null || end != null) {
            chosen = choices.stream().filter(s -> start != null && end != null && s.start() == start
                    && s.end() == end).findFirst()
                    .orElseThrow(() -> new NotFoundException("Sentence", start + "\u2013" + end));
        }
        return new EditViews.NewClaim(articleId, article.label(), choices, chosen);
    }

    @Transactional(readOnly = true)
    List<Outlet> outlets() {
        return outlets.findAllByOrderByNameAsc();
    }
}
