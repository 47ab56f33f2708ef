package org.claimboard.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimboard.article.Article;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRow;
import org.claimboard.claim.Verdict.Rating;
import org.claimboard.correction.VerdictView;
import org.claimboard.country.Country;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.YearSource;
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledge;
import org.springframework.test.util.ReflectionTestUtils;

/** Entities and view rows with ids, for controller slices and unit tests (no database). */
public final class Fixtures {

    public static final String TIMES_SENTENCE =
            "The Times reported that the UK and France are ready to contribute 10,000 soldiers each.";

    private Fixtures() {
    }

    public static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    public static Article article(long id, String text) {
        Article article = withId(new Article(text, "hash" + id, Instant.parse("2026-01-01T00:00:00Z")), id);
        article.setSource("seeds/00" + id + "_article.txt");
        return article;
    }

    public static Outlet outlet(long id, String name) {
        return withId(new Outlet(name), id);
    }

    public static Claim claim(long id, Article article, String text, Outlet outlet, String... countries) {
        int start = Math.max(0, article.getText().indexOf(text));
        Claim claim = withId(new Claim(article, 0, start, start + text.length(), text), id);
        claim.setOutlet(outlet);
        for (String code : countries) {
            claim.addCountry(Country.of(code));
        }
        return claim;
    }

    public static TroopPledge pledge(long id, Claim claim, String actor, Stance stance, Integer troops) {
        TroopPledge pledge = withId(new TroopPledge(claim, actor, stance, claim.getStartOffset(), claim.getEndOffset()),
                id);
        pledge.setTroops(troops, null, troops == null ? null : Qualifier.EXACT);
        pledge.setKind(ForceKind.TROOPS);
        return pledge;
    }

    /** A Times claim about the UK offering 10,000 troops on 10 April (year unknown). */
    public static ClaimRow timesRow() {
        Article article = article(1, TIMES_SENTENCE + " More text follows.");
        Claim claim = claim(11, article, TIMES_SENTENCE, outlet(3, "The Times"), "GB", "FR");
        claim.setEventDate(new PartialDate(null, 4, 10), YearSource.UNKNOWN);
        PledgeView pledge = PledgeView.of(pledge(21, claim, "GB", Stance.OFFERED, 10_000));
        return ClaimRow.of(claim, List.of(pledge));
    }

    /** An editor's verdict on the {@link #timesRow()} claim, keyed by its id as the claim tables look it up. */
    public static Map<Long, VerdictView> disputedTimesRow() {
        return Map.of(11L, new VerdictView(11, Rating.DISPUTED, "Denied by Downing Street.", "admin",
                Instant.parse("2026-01-02T00:00:00Z")));
    }

    public static PledgeView view(String actor, Stance stance, Integer troops, String outletName, long claimId) {
        Article article = article(claimId, "Sentence " + claimId + " about " + actor + ".");
        Claim claim = claim(claimId, article, article.getText(),
                outletName == null ? null : outlet(claimId, outletName), actor.length() == 2 ? actor : "GB");
        claim.setEventDate(PartialDate.of(LocalDate.of(2025, 3, (int) (claimId % 28) + 1)), YearSource.STATED);
        return PledgeView.of(pledge(claimId * 10, claim, actor, stance, troops));
    }
}
