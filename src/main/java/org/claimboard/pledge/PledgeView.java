package org.claimboard.pledge;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Locale;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRef;
import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.claim.Claim;
import org.claimboard.country.Country;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.outlet.Outlet;
import org.claimboard.system.DateLabel;

/**
 * A reported stance as pages show it: who, what, how many, and where it was said (sentence, article, source,
 * date). Built from a pledge whose claim, article and outlet are already loaded.
 */
public record PledgeView(long id, long claimId, long articleId, String articleTitle, String actor, Stance stance,
                         Integer troops, Integer troopsMax, Qualifier qualifier, ForceKind kind, String sentence,
                         String outletName, String outletSlug, String speaker, String publisher, DateLabel date) {

    /**
     * Views of pledges whose claim and outlet are loaded. Articles not loaded with them are described from
     * their summaries (one query for all), so no article text is read just to name its source.
     */
    public static List<PledgeView> of(List<TroopPledge> pledges, ArticleRepository articles) {
        Set<Long> unloaded = new LinkedHashSet<>();
        for (TroopPledge pledge : pledges) {
            Article article = pledge.getClaim().getArticle();
            if (!ArticleRef.loaded(article)) {
                unloaded.add(ArticleRef.id(article));
            }
        }
        Map<Long, ArticleSummary> summaries = new HashMap<>();
        if (!unloaded.isEmpty()) {
            articles.findByIdIn(unloaded).forEach(a -> summaries.put(a.getId(), a));
        }
        return of(pledges, summaries);
    }

    /** Views of pledges whose unloaded articles are described by the given summaries. */
    public static List<PledgeView> of(List<TroopPledge> pledges, Map<Long, ArticleSummary> summaries) {
        return pledges.stream().map(p -> of(p, summaries)).toList();
    }

    private static PledgeView of(TroopPledge pledge, Map<Long, ArticleSummary> summaries) {
        Article article = pledge.getClaim().getArticle();
        if (ArticleRef.loaded(article)) {
            return of(pledge);
        }
        Long articleId = ArticleRef.id(article);
        ArticleSummary summary = summaries.get(articleId);
        Claim claim = pledge.getClaim();
        Outlet outlet = claim.getOutlet();
        DateLabel date = DateLabel.of(claim.getEventYear(), claim.getEventMonth(), claim.getEventDay(),
                claim.getYearSource());
        return new PledgeView(pledge.getId(), claim.getId(), articleId,
                summary == null ? "Article " + articleId : summary.label(), pledge.getActor(), pledge.getStance(),
                pledge.getTroops(), pledge.getTroopsMax(), pledge.getQualifier(), pledge.getKind(), claim.getText(),
                outlet == null ? null : outlet.getName(), outlet == null ? null : outlet.getSlug(),
                claim.getSpeaker(), summary == null ? null : summary.getPublisher(),
                date != null || summary == null ? date : DateLabel.of(summary.getPublishedOn()));
    }

    public static PledgeView of(TroopPledge pledge) {
        Claim claim = pledge.getClaim();
        Article article = claim.getArticle();
        Outlet outlet = claim.getOutlet();
        DateLabel date = DateLabel.of(claim.getEventYear(), claim.getEventMonth(), claim.getEventDay(),
                claim.getYearSource());
        return new PledgeView(pledge.getId(), claim.getId(), article.getId(), article.label(), pledge.getActor(),
                pledge.getStance(), pledge.getTroops(), pledge.getTroopsMax(), pledge.getQualifier(), pledge.getKind(),
                claim.getText(), outlet == null ? null : outlet.getName(), outlet == null ? null : outlet.getSlug(),
                claim.getSpeaker(), article.getPublisher(),
                date != null ? date : DateLabel.of(article.getPublishedOn()));
    }

    public boolean coalition() {
        return TroopPledge.COALITION.equals(actor);
    }

    /** The actor's code for chips ("GB"), or "Coalition". */
    public String actorLabel() {
        return coalition() ? "Coalition" : actor;
    }

    /** The actor's name ("United Kingdom"), or "The coalition". */
    public String actorName() {
        return coalition() ? "The coalition" : Country.of(actor).getName();
    }

    /** "10,000", "at least 10,000", "about 5,000", "15,000–20,000"; null without a number. */
    public String troopsText() {
        if (troops == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.UK);
        String number = format.format(troops);
        if (troopsMax != null && troopsMax > troops) {
            return number + "\u2013" + format.format(troopsMax);
        }
        if (qualifier == null) {
            return number;
        }
        return switch (qualifier) {
            case AT_LEAST -> "at least " + number;
            case AT_MOST -> "up to " + number;
            case ABOUT -> "about " + number;
            default -> number;
        };
    }

    /** Who said it: the cited outlet, else the speaker, else the article's publisher, else its title. */
    public String sourceText() {
        if (outletName != null) {
            return outletName;
        }
        if (speaker != null) {
            return speaker;
        }
        return publisher != null ? publisher : articleTitle;
    }

    /** Same stance, number and kind: a repetition, not a change. */
    public boolean sameAs(PledgeView other) {
        return other != null && stance == other.stance && Objects.equals(troops, other.troops)
                && Objects.equals(troopsMax, other.troopsMax) && kind == other.kind;
    }
}
