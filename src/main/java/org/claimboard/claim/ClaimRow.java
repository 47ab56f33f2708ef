package org.claimboard.claim;

import java.util.List;

import org.claimboard.country.Country;
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.PledgeView;
import org.claimboard.system.DateLabel;

/** One claim as a list shows it: its sentence, source, countries, date, stances, and where it stands. */
public record ClaimRow(long id, long articleId, String articleTitle, String text, String outletName,
                       String outletSlug, String speaker, List<Country> countries, DateLabel date,
                       List<PledgeView> pledges) {

    /** From a claim whose article, outlet and countries can be read (fetched, or inside a transaction). */
    public static ClaimRow of(Claim claim, List<PledgeView> pledges) {
        Outlet outlet = claim.getOutlet();
        DateLabel date = DateLabel.of(claim.getEventYear(), claim.getEventMonth(), claim.getEventDay(),
                claim.getYearSource());
        return new ClaimRow(claim.getId(), claim.getArticle().getId(), claim.getArticle().label(), claim.getText(),
                outlet == null ? null : outlet.getName(), outlet == null ? null : outlet.getSlug(),
                claim.getSpeaker(), claim.getCountries().stream()
                        .sorted(java.util.Comparator.comparing(Country::getCode)).toList(),
                date != null ? date : DateLabel.of(claim.getArticle().getPublishedOn()), pledges);
    }
}
