package org.claimboard.correction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.country.Country;
import org.claimboard.country.CountryRepository;
import org.claimboard.outlet.Outlet;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds what a correction is about, checking it belongs to the article in the address, and what it refers to. */
@Component
class Targets {

    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;
    private final OutletRepository outlets;
    private final CountryRepository countries;

    Targets(ClaimRepository claims, TroopPledgeRepository pledges, OutletRepository outlets,
            CountryRepository countries) {
        this.claims = claims;
        this.pledges = pledges;
        this.outlets = outlets;
        this.countries = countries;
    }

    Claim claim(long articleId, long claimId) {
        return claims.findById(claimId).filter(c -> c.getArticle().getId() == articleId)
                .orElseThrow(() -> new NotFoundException("Claim", claimId));
    }

    TroopPledge pledge(long articleId, long pledgeId) {
        return pledges.findById(pledgeId).filter(p -> p.getClaim().getArticle().getId() == articleId)
                .orElseThrow(() -> new NotFoundException("Pledge", pledgeId));
    }

    /** The outlet with this slug; null for none; rejected when unknown. */
    Outlet outlet(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return outlets.findBySlug(slug)
                .orElseThrow(() -> new CorrectionRejected("outlet", "correction.outlet.unknown"));
    }

    /** The countries with these ISO codes, stored now if new; rejected when a code is no country. */
    List<Country> countries(List<String> codes, String field) {
        List<Country> found = new ArrayList<>();
        for (String code : codes) {
            if (!isCountry(code)) {
                throw new CorrectionRejected(field, "correction.country.unknown");
            }
            found.add(countries.findById(code).orElseGet(() -> countries.save(Country.of(code))));
        }
        return found;
    }

    /** Checks a pledge's actor: the coalition, or a country (stored now if new, so its page exists). */
    void actor(String code) {
        if (!TroopPledge.COALITION.equals(code)) {
            countries(List.of(code), "actor");
        }
    }

    private static boolean isCountry(String code) {
        return code.length() == 2 && List.of(Locale.getISOCountries()).contains(code);
    }
}
