package org.claimboard.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.claimboard.article.ArticleRepository;
import org.claimboard.country.Country;
import org.claimboard.country.CountryRepository;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A country's pledge ledger as JSON: every stance reported for it, newest first, as its page lists them. */
@RestController
@Tag(name = "Countries")
class CountryApiController {

    private final CountryRepository countries;
    private final TroopPledgeRepository pledges;
    private final ArticleRepository articles;

    CountryApiController(CountryRepository countries, TroopPledgeRepository pledges, ArticleRepository articles) {
        this.countries = countries;
        this.pledges = pledges;
        this.articles = articles;
    }

    /** The country, and one page of its ledger. */
    public record Ledger(String code, String name, ApiPage<PledgeJson> pledges) {
    }

    @GetMapping("/api/countries/{code}/ledger")
    @Operation(summary = "A country's reported stances, newest first")
    Ledger ledger(@PathVariable String code, @RequestParam(defaultValue = "1") int page,
                  @RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
        Country country = countries.findById(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Country", code));
        Page<TroopPledge> stated = pledges.findLedger(country.getCode(), ApiPaging.of(Pagination.index(page), size));
        Page<PledgeView> views = new PageImpl<>(PledgeView.of(stated.getContent(), articles), stated.getPageable(),
                stated.getTotalElements());
        return new Ledger(country.getCode(), country.getName(), ApiPage.of(views, PledgeJson::of));
    }
}
