package org.claimboard.claim;

import org.claimboard.article.ArticleSummary;
import org.claimboard.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** One claim's own page: the sentence, who said it, its stances, and a schema.org description for machines. */
@Controller
class ClaimPageController {

    private final ClaimListing listing;
    private final Verdicts verdicts;
    private final ClaimJsonLd jsonLd;

    ClaimPageController(ClaimListing listing, Verdicts verdicts, ClaimJsonLd jsonLd) {
        this.listing = listing;
        this.verdicts = verdicts;
        this.jsonLd = jsonLd;
    }

    @GetMapping("/claims/{id}")
    String show(@PathVariable long id, Model model) {
        ClaimRow claim = listing.find(id).orElseThrow(() -> new NotFoundException("Claim", id));
        ArticleSummary article = claim.article();
        Verdict verdict = verdicts.of(id).orElse(null);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        model.addAttribute("claim", claim);
        model.addAttribute("article", article);
        model.addAttribute("verdict", verdict);
        model.addAttribute("jsonLd", jsonLd.of(claim, article, verdict, base));
        return "claim/show";
    }
}
