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
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The article list, and one article's text with everything extracted from it highlighted where it stands. */
@Controller
class ArticleController {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn").nullsLast(),
            Sort.Order.desc("ingestedAt"), Sort.Order.desc("id"));

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;

    ArticleController(ArticleRepository articles, MentionRepository mentions, ClaimRepository claims,
                      TroopPledgeRepository pledges) {
        this.articles = articles;
        this.mentions = mentions;
        this.claims = claims;
        this.pledges = pledges;
    }

    @GetMapping("/articles")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        Page<ArticleSummary> result = articles.findAllBy(
                PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE, NEWEST_FIRST));
        model.addAttribute("articles", result.getContent());
        model.addAttribute("pages", Pagination.of(result));
        return "article/list";
    }

    @GetMapping("/articles/{id}")
    String show(@PathVariable long id, Model model) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        List<Mention> found = mentions.findByArticleIdOrderByStartAscEndDesc(id);
        List<Claim> articleClaims = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(id);
        List<TroopPledge> stated = articleClaims.isEmpty() ? List.of()
                : pledges.findByClaimIdInOrderByClaimIdAscIdAsc(articleClaims.stream().map(Claim::getId).toList());
        List<PledgeView> pledgeViews = stated.stream().map(PledgeView::of).toList();
        Map<Long, List<PledgeView>> byClaim = pledgeViews.stream()
                .collect(Collectors.groupingBy(PledgeView::claimId));

        model.addAttribute("article", article);
        model.addAttribute("body", HighlightedText.of(article.getText(), highlights(found, articleClaims, stated)));
        model.addAttribute("claims", articleClaims.stream()
                .map(c -> ClaimRow.of(c, byClaim.getOrDefault(c.getId(), List.of()))).toList());
        model.addAttribute("pledges", pledgeViews);
        model.addAttribute("countries", distinct(found, MentionKind.COUNTRY).stream().map(Country::of).toList());
        model.addAttribute("outlets", distinct(found, MentionKind.OUTLET).stream()
                .collect(Collectors.toMap(name -> name, Outlet::slugOf, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("people", distinct(found, MentionKind.PERSON));
        return "article/show";
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
        }
        for (Mention m : found) {
            String kind = m.getKind().name().toLowerCase(Locale.ROOT);
            String title = m.getKind() == MentionKind.COUNTRY ? Country.of(m.getValue()).getName() : m.getValue();
            all.add(Highlight.mark(m.getStart(), m.getEnd(), "m-" + kind, kind + ": " + title));
        }
        return all;
    }

    private static List<String> distinct(List<Mention> found, MentionKind kind) {
        Set<String> values = new LinkedHashSet<>();
        found.stream().filter(m -> m.getKind() == kind).forEach(m -> values.add(m.getValue()));
        return List.copyOf(values);
    }
}
