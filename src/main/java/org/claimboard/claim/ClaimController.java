package org.claimboard.claim;

import jakarta.servlet.http.HttpServletResponse;

import org.claimboard.correction.CorrectionReader;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The claim list with its filters; htmx requests get just the results, so filtering swaps the table in place. */
@Controller
class ClaimController {

    private final ClaimListing listing;
    private final CountryRepository countries;
    private final OutletRepository outlets;
    private final CorrectionReader corrections;

    ClaimController(ClaimListing listing, CountryRepository countries, OutletRepository outlets,
                    CorrectionReader corrections) {
        this.listing = listing;
        this.countries = countries;
        this.outlets = outlets;
        this.corrections = corrections;
    }

    @GetMapping("/claims")
    String list(@ModelAttribute("query") ClaimQuery query,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model, HttpServletResponse response) {
        ClaimQuery.Parsed parsed = query.parse();
        model.addAttribute("problems", parsed.problems());
        model.addAttribute("csvHref", sameFilters("/claims.csv"));
        model.addAttribute("feedHref", sameFilters("/feeds/claims.atom"));
        if (parsed.valid()) {
            Page<ClaimRow> page = listing.search(parsed.filter(), PageRequest.of(parsed.page(), Pagination.PAGE_SIZE));
            model.addAttribute("claims", page.getContent());
            model.addAttribute("verdicts", corrections.verdictsOn(page.getContent()));
            model.addAttribute("pages", Pagination.of(page));
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        if (htmx != null) {
            return "claim/list :: results";
        }
        model.addAttribute("stances", Stance.values());
        model.addAttribute("countries", countries.findAllByOrderByNameAsc());
        model.addAttribute("outlets", outlets.findAllByOrderByNameAsc());
        return "claim/list";
    }

    /** A link to another view of the same claims: this request's filters, without its page. */
    private static String sameFilters(String path) {
        String query = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build().getQuery();
        return path + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
