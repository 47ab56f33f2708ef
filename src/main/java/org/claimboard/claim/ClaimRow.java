package org.claimboard.claim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleSummary;

import org.claimboard.country.Country;
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.PledgeView;
import org.claimboard.system.DateLabel;

/**
 * One claim as a list shows it: its sentence, source, countries, date, stances, and where it stands.
 * {@code sentence} identifies it across re-extractions; {@code article} is the summary it was built from (null
 * when built from a loaded article), so the feed and the claim page need not look the article up again.
 */
public record ClaimRow(long id, long articleId, String articleTitle, String text, String outletName,
                       String outletSlug, String speaker, List<Country> countries, DateLabel date,
                       List<PledgeView> pledges, SentenceKey sentence, ArticleSummary article) {

    /** From a claim whose article, outlet and countries can be read (fetched, or inside a transaction). */
    public static ClaimRow of(Claim claim, List<PledgeView> pledges) {
        Article article = claim.getArticle();
        return of(claim, pledges, article.getId(), article.label(), article.getPublishedOn(), null);
    }

    /** From a claim whose article is described by its summary (null if missing) rather than loaded. */
    public static ClaimRow of(Claim claim, List<PledgeView> pledges, Long articleId, ArticleSummary summary) {
        return of(claim, pledges, articleId, summary == null ? "Article " + articleId : summary.label(),
                summary == null ? null : summary.getPublishedOn(), summary);
    }

    private static ClaimRow of(Claim claim, List<PledgeView> pledges, Long articleId, String articleLabel,
                               LocalDate published, ArticleSummary summary) {
        Outlet outlet = claim.getOutlet();
        DateLabel date = DateLabel.of(claim.getEventYear(), claim.getEventMonth(), claim.getEventDay(),
                claim.getYearSource());
        return new ClaimRow(claim.getId(), articleId, articleLabel, claim.getText(),
                outlet == null ? null : outlet.getName(), outlet == null ? null : outlet.getSlug(),
                claim.getSpeaker(), claim.getCountries().stream().sorted(Comparator.comparing(Country::getCode)).toList(),
                date != null ? date : DateLabel.of(published), pledges,
                new SentenceKey(articleId, claim.getStartOffset(), claim.getEndOffset()), summary);
    }
}
