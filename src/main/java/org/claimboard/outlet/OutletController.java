package org.claimboard.outlet;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.article.MentionKind;
import org.claimboard.article.MentionRepository;
import org.claimboard.article.ValueCount;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.claim.OutletTally;
import org.claimboard.correction.CorrectionReader;
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

/** The outlet index and each outlet's claims and citing articles. */
@Controller
class OutletController {

    static final int ARTICLES_SIZE = 10;

    private final OutletRepository outlets;
    private final ClaimRepository claims;
    private final MentionRepository mentions;
    private final ArticleRepository articles;
    private final ClaimListing listing;
    private final CorrectionReader corrections;

    OutletController(OutletRepository outlets, ClaimRepository claims, MentionRepository mentions,
                     ArticleRepository articles, ClaimListing listing, CorrectionReader corrections) {
        this.outlets = outlets;
        this.claims = claims;
        this.mentions = mentions;
        this.articles = articles;
        this.listing = listing;
        this.corrections = corrections;
    }

    /** One line of the index. */
    public record OutletLine(String name, String slug, String aliases, long claims, long articles) {
    }

    @GetMapping("/outlets")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        Page<Outlet> result = outlets.findAll(PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE,
                Sort.by("name", "id")));
        List<Outlet> shown = result.getContent();
        Map<String, Long> claimCounts = shown.isEmpty() ? Map.of()
                : claims.tallyByOutletIdIn(shown.stream().map(Outlet::getId).toList()).stream()
                        .collect(Collectors.toMap(OutletTally::slug, OutletTally::claims));
        Map<String, Long> articleCounts = shown.isEmpty() ? Map.of()
                : mentions.countArticlesByValue(MentionKind.OUTLET, shown.stream().map(Outlet::getName).toList())
                        .stream().collect(Collectors.toMap(ValueCount::value, ValueCount::articles));
        model.addAttribute("outlets", shown.stream().map(o -> new OutletLine(o.getName(), o.getSlug(),
                o.getAliases(), claimCounts.getOrDefault(o.getSlug(), 0L),
                articleCounts.getOrDefault(o.getName(), 0L))).toList());
        model.addAttribute("pages", Pagination.of(result));
        return "outlet/list";
    }

    @GetMapping("/outlets/{slug}")
    String show(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
                @RequestParam(defaultValue = "1") int articlePage, Model model) {
        Outlet outlet = outlets.findBySlug(slug).orElseThrow(() -> new NotFoundException("Outlet", slug));
        Page<ClaimRow> attributed = listing.search(ClaimFilter.none().withOutlet(outlet.getSlug()),
                PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE));
        Page<ArticleSummary> citing = articles.findCiting(outlet.getName(), outlet.getSlug(),
                PageRequest.of(Pagination.index(articlePage), ARTICLES_SIZE));
        model.addAttribute("outlet", outlet);
        model.addAttribute("claims", attributed.getContent());
        model.addAttribute("verdicts", corrections.verdictsOn(attributed.getContent()));
        model.addAttribute("pages", Pagination.of(attributed));
        model.addAttribute("articles", citing.getContent());
        model.addAttribute("articlePages", Pagination.of(citing, "articlePage"));
        return "outlet/show";
    }
}
