package org.claimboard.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.ClaimListing;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.claim.ClaimRow;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.StanceTally;
import org.claimboard.pledge.TroopPledgeRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: how much there is, where each country stands, and the latest claims. */
@Controller
class DashboardController {

    static final int LATEST_CLAIMS = 8;

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final OutletRepository outlets;
    private final CountryRepository countries;
    private final TroopPledgeRepository pledges;
    private final ClaimListing listing;
    private final CorrectionReader corrections;

    DashboardController(ArticleRepository articles, ClaimRepository claims, OutletRepository outlets,
                        CountryRepository countries, TroopPledgeRepository pledges, ClaimListing listing,
                        CorrectionReader corrections) {
        this.articles = articles;
        this.claims = claims;
        this.outlets = outlets;
        this.countries = countries;
        this.pledges = pledges;
        this.listing = listing;
        this.corrections = corrections;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("articleCount", articles.count());
        model.addAttribute("claimCount", claims.count());
        model.addAttribute("outletCount", outlets.count());
        model.addAttribute("countryCount", countries.count());
        List<PledgeView> latest = PledgeView.of(pledges.findLatestPerActorForLists(), articles).stream()
                .sorted(Comparator.comparing(PledgeView::coalition).thenComparing(PledgeView::actorName))
                .toList();
        model.addAttribute("latestStances", latest);
        model.addAttribute("chart", chart(pledges.tallyByActorAndStance()));
        List<ClaimRow> latestClaims = listing.latest(LATEST_CLAIMS);
        model.addAttribute("latestClaims", latestClaims);
        model.addAttribute("verdicts", corrections.verdictsOn(latestClaims));
        return "system/dashboard";
    }

    /** Reports per actor and stance, shaped for a stacked Chart.js bar chart: labels plus one series per stance. */
    static Map<String, Object> chart(List<StanceTally> tallies) {
        List<String> actors = tallies.stream().map(StanceTally::actor).distinct().toList();
        Map<String, Object> series = new LinkedHashMap<>();
        for (Stance stance : Stance.values()) {
            long[] counts = new long[actors.size()];
            boolean any = false;
            for (StanceTally t : tallies) {
                if (t.stance() == stance) {
                    counts[actors.indexOf(t.actor())] = t.pledges();
                    any = true;
                }
            }
            if (any) {
                List<Long> values = new ArrayList<>();
                for (long c : counts) {
                    values.add(c);
                }
                series.put(stance.name(), values);
            }
        }
        List<String> labels = actors.stream().map(a -> "COALITION".equals(a) ? "Coalition" : a).toList();
        return Map.of("labels", labels, "series", series);
    }
}
