package org.claimboard.pledge;

import java.text.NumberFormat;
import java.util.Locale;

import org.claimboard.article.Article;
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
        return other != null && stance == other.stance && java.util.Objects.equals(troops, other.troops)
                && java.util.Objects.equals(troopsMax, other.troopsMax) && kind == other.kind;
    }
}
