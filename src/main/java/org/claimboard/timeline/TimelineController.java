package org.claimboard.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimboard.claim.ClaimFilter;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRow;
import org.claimboard.country.CountryRepository;
import org.claimboard.system.BadRequestException;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Dated claims in order, and for the countries shown, their stance over time. */
@Controller
class TimelineController {

    private final ClaimListing listing;
    private final TimelineService timeline;
    private final CountryRepository countries;

    TimelineController(ClaimListing listing, TimelineService timeline, CountryRepository countries) {
        this.listing = listing;
        this.timeline = timeline;
        this.countries = countries;
    }

    @GetMapping("/timeline")
    String timeline(@RequestParam(name = "country", required = false) List<String> country,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        List<String> codes = codes(country);
        Page<ClaimRow> events = listing.timeline(ClaimFilter.none().withCountries(Set.copyOf(codes)),
                PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE));
        model.addAttribute("selected", codes);
        model.addAttribute("events", events.getContent());
        model.addAttribute("pages", Pagination.of(events));
        model.addAttribute("lanes", timeline.lanes(codes));
        model.addAttribute("countries", countries.findAllByOrderByNameAsc());
        return "timeline/timeline";
    }

    private static List<String> codes(List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                String code = value.strip().toUpperCase(Locale.ROOT);
                if (!code.matches("[A-Z]{2}")) {
                    throw new BadRequestException("\u201C" + value + "\u201D is not a country code; use two letters, e.g. GB or PL.");
                }
                codes.add(code);
            }
        }
        return new ArrayList<>(codes);
    }
}
