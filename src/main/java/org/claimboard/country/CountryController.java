package org.claimboard.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The country index and each country's pledge ledger. */
@Controller
class CountryController {

    static final int LEDGER_SIZE = 50;

    private final CountryRepository countries;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;
    private final ClaimListing listing;
    private final ArticleRepository articles;
    private final CorrectionReader corrections;

    CountryController(CountryRepository countries, ClaimRepository claims, TroopPledgeRepository pledges,
                      ClaimListing listing, ArticleRepository articles, CorrectionReader corrections) {
        this.countries = countries;
        this.claims = claims;
        this.pledges = pledges;
        this.listing = listing;
        this.articles = articles;
        this.corrections = corrections;
    }

    /** One line of the index: a country, how many claims concern it, and its latest reported stance (or null). */
    public record CountryLine(String code, String name, long claims, PledgeView latest) {
    }

    @GetMapping("/countries")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        Map<String, PledgeView> latest = PledgeView.of(pledges.findLatestPerActorForLists(), articles).stream()
                .collect(Collectors.toMap(PledgeView::actor, Function.identity(), (a, b) -> a));
        List<CountryLine> lines = claims.tallyByCountry().stream()
                .map(t -> new CountryLine(t.code(), t.name(), t.claims(), latest.get(t.code()))).toList();
        Pageable pageable = PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE);
        int from = (int) Math.min(pageable.getOffset(), lines.size());
        int to = Math.min(from + pageable.getPageSize(), lines.size());
        Page<CountryLine> result = new PageImpl<>(lines.subList(from, to), pageable, lines.size());
        model.addAttribute("countries", result.getContent());
        model.addAttribute("pages", Pagination.of(result));
        return "country/list";
    }

    @GetMapping("/countries/{code}")
    String show(@PathVariable String code, @RequestParam(defaultValue = "1") int page,
                @RequestParam(defaultValue = "1") int ledger, Model model) {
        Country country = countries.findById(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Country", code));
        Page<TroopPledge> stated = pledges.findLedger(country.getCode(),
                PageRequest.of(Pagination.index(ledger), LEDGER_SIZE));
        Page<PledgeView> reported = new PageImpl<>(PledgeView.of(stated.getContent(), articles),
                stated.getPageable(), stated.getTotalElements());
        Page<ClaimRow> about = listing.search(ClaimFilter.none().withCountries(Set.of(country.getCode())),
                PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE));
        List<PledgeView> newest = ledger == 1 ? reported.getContent()
                : PledgeView.of(pledges.findLedger(country.getCode(), PageRequest.of(0, 1)).getContent(), articles);
        model.addAttribute("latest", newest.isEmpty() ? null : newest.get(0));
        model.addAttribute("country", country);
        model.addAttribute("ledger", reported.getContent());
        model.addAttribute("ledgerPages", Pagination.of(reported, "ledger"));
        model.addAttribute("claims", about.getContent());
        model.addAttribute("verdicts", corrections.verdictsOn(about.getContent()));
        model.addAttribute("pages", Pagination.of(about));
        return "country/show";
    }
}
