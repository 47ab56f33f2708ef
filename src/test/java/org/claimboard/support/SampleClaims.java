package org.claimboard.support;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.claimboard.article.Article;
import org.claimboard.claim.Claim;
import org.claimboard.country.Country;
import org.claimboard.extraction.DatePrecision;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.YearSource;
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.TroopPledge;

/**
 * Four claims in three articles, for query tests. Newest first by claim date they are:
 * poland (2025-06-01, its article's date), germany (2025-03-01, its article's date),
 * france (event 2025-02-20), britain (no date at all).
 */
public record SampleClaims(Article first, Article second, Article undated,
                           Claim france, Claim germany, Claim poland, Claim britain) {

    public static SampleClaims create(EntityManager em) {
        Country fr = persist(em, Country.of("FR"));
        Country de = persist(em, Country.of("DE"));
        Country pl = persist(em, Country.of("PL"));
        Country gb = persist(em, Country.of("GB"));
        Outlet times = persist(em, new Outlet("The Times"));
        Outlet ft = persist(em, new Outlet("Financial Times"));

        Article first = article(em, "first", LocalDate.of(2025, 3, 1));
        Article second = article(em, "second", LocalDate.of(2025, 6, 1));
        Article undated = article(em, "undated", null);

        Claim france = claim(em, first, 0, "France is ready to send troops.", times, fr);
        france.setEventDate(new PartialDate(2025, 2, 20), YearSource.STATED);
        Claim germany = claim(em, first, 1, "Germany declined 100% of it.", ft, de);
        Claim poland = claim(em, second, 0, "Poland and France consider a_mission.", null, pl, fr);
        poland.setEventDate(new PartialDate(null, 4, 10), YearSource.UNKNOWN);
        Claim britain = claim(em, undated, 0, "Britain offers 10,000 in a mission.", null, gb);

        pledge(em, france, "FR", Stance.OFFERED, null);
        pledge(em, germany, "DE", Stance.DECLINED, null);
        pledge(em, poland, "PL", Stance.CONSIDERING, null);
        pledge(em, poland, "FR", Stance.REVERSED, null);
        pledge(em, britain, "GB", Stance.OFFERED, 10_000);
        em.flush();
        em.clear();
        return new SampleClaims(first, second, undated, france, germany, poland, britain);
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    private static Article article(EntityManager em, String name, LocalDate published) {
        Article article = new Article("Text of " + name, "hash-" + name, Instant.parse("2026-01-01T00:00:00Z"));
        article.setTitle(name);
        article.setPublished(published, DatePrecision.DAY);
        return persist(em, article);
    }

    private static Claim claim(EntityManager em, Article article, int sentence, String text, Outlet outlet,
                               Country... countries) {
        Claim claim = new Claim(article, sentence, 0, 4, text);
        claim.setOutlet(outlet);
        for (Country country : countries) {
            claim.addCountry(country);
        }
        return persist(em, claim);
    }

    private static void pledge(EntityManager em, Claim claim, String actor, Stance stance, Integer troops) {
        TroopPledge pledge = new TroopPledge(claim, actor, stance, 0, 4);
        pledge.setTroops(troops, null, troops == null ? null : Qualifier.EXACT);
        persist(em, pledge);
    }
}
