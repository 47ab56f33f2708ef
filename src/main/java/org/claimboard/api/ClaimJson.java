package org.claimboard.api;

import java.util.List;

import org.claimboard.claim.ClaimRow;
import org.claimboard.country.Country;

/**
 * A claim in the API: its sentence, source, countries and date ({@code date} in ISO form, "--04-10" when the
 * year is unknown), its pledges, and where to read it ({@code link}: the sentence in its article's page).
 */
public record ClaimJson(long id, String text, String date, String datePrecision, String outlet, String outletSlug,
                        String speaker, List<String> countries, long articleId, String articleTitle, String link,
                        List<PledgeJson> pledges) {

    static ClaimJson of(ClaimRow row) {
        return new ClaimJson(row.id(), row.text(), row.date() == null ? null : row.date().iso(),
                row.date() == null ? null : Enums.name(row.date().precision()), row.outletName(), row.outletSlug(),
                row.speaker(), row.countries().stream().map(Country::getCode).toList(), row.articleId(),
                row.articleTitle(), "/articles/" + row.articleId() + "#claim-" + row.id(),
                row.pledges().stream().map(PledgeJson::of).toList());
    }
}
