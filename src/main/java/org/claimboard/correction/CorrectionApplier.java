package org.claimboard.correction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.country.Country;
import org.claimboard.country.CountryRepository;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.YearSource;
import org.claimboard.ingest.ExtractionRewritten;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes an article's derived rows say what its corrections say. Used when an editor saves a correction and
 * again, for all of an article's corrections in the order they were made, whenever re-extraction has rewritten
 * the article's rows. Always runs inside the caller's transaction.
 */
@Component
class CorrectionApplier {

    private static final Logger log = LoggerFactory.getLogger(CorrectionApplier.class);

    private final CorrectionRepository corrections;
    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;
    private final CountryRepository countries;
    private final OutletRepository outlets;

    CorrectionApplier(CorrectionRepository corrections, ArticleRepository articles, ClaimRepository claims,
                      TroopPledgeRepository pledges, CountryRepository countries, OutletRepository outlets) {
        this.corrections = corrections;
        this.articles = articles;
        this.claims = claims;
        this.pledges = pledges;
        this.countries = countries;
        this.outlets = outlets;
    }

    /** The claims and pledges of one article as loaded for applying corrections; kept current as rows go and come. */
    final class Rows {
        private final Long articleId;
        private final List<Claim> claimRows;
        private final List<TroopPledge> pledgeRows;

        private Rows(Long articleId) {
            this.articleId = articleId;
            this.claimRows = new ArrayList<>(claims.findByArticleIdOrderBySentenceIndexAscIdAsc(articleId));
            this.pledgeRows = new ArrayList<>(pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(articleId));
        }

        List<Claim> claimsAt(int start, int end) {
            return claimRows.stream().filter(c -> c.getStartOffset() == start && c.getEndOffset() == end).toList();
        }

        /** Claims inside [start, end): a sentence citing two outlets carries a claim over each one's part. */
        List<Claim> claimsWithin(int start, int end) {
            return claimRows.stream().filter(c -> c.getStartOffset() >= start && c.getEndOffset() <= end).toList();
        }

        List<TroopPledge> pledgesOf(Correction c) {
            return pledgeRows.stream().filter(p -> p.getClaim().getStartOffset() == c.getClaimStart()
                    && p.getClaim().getEndOffset() == c.getClaimEnd() && p.getStartOffset() == c.getPledgeStart()
                    && p.getEndOffset() == c.getPledgeEnd() && p.getActor().equals(c.getPledgeActor())).toList();
        }
    }

    Rows rows(Long articleId) {
        return new Rows(articleId);
    }

    @EventListener
    void extractionRewritten(ExtractionRewritten event) {
        reapply(event.articleId());
    }

    void reapply(Long articleId) {
        List<Correction> all = corrections.findByArticleIdOrderByIdAsc(articleId);
        if (!all.isEmpty()) {
            Rows rows = rows(articleId);
            long lost = all.stream().filter(correction -> !finds(correction, rows)).count();
            all.forEach(correction -> apply(correction, rows));
            if (lost > 0) {
                // A changed sentence splitter or pledge finder can move the offsets a correction is keyed by.
                log.warn("{} of {} corrections of article {} no longer match what the extractor found",
                        lost, all.size(), articleId);
            }
        }
    }

    /** Whether what a correction is about was found again (an added claim always is; it is made anew). */
    private static boolean finds(Correction c, Rows rows) {
        if (c.getTarget() == Correction.Target.CLAIM) {
            return c.getAction() == Correction.Action.ADD
                    || !rows.claimsAt(c.getClaimStart(), c.getClaimEnd()).isEmpty();
        }
        return c.getAction() == Correction.Action.ADD || !rows.pledgesOf(c).isEmpty();
    }

    void apply(Correction correction, Rows rows) {
        if (correction.getTarget() == Correction.Target.CLAIM) {
            applyToClaim(correction, rows);
        } else {
            applyToPledge(correction, rows);
        }
    }

    private void applyToClaim(Correction c, Rows rows) {
        List<Claim> targets = rows.claimsAt(c.getClaimStart(), c.getClaimEnd());
        switch (c.getAction()) {
            case DELETE -> targets.forEach(claim -> deleteClaim(claim, rows));
            case CHANGE -> targets.forEach(claim -> claimValues(claim, c));
            case ADD -> {
                if (targets.isEmpty()) {
                    Article article = articles.getReferenceById(rows.articleId);
                    Claim added = new Claim(article, c.getSentenceIndex() == null ? 0 : c.getSentenceIndex(),
                            c.getClaimStart(), c.getClaimEnd(), article.excerpt(c.getClaimStart(), c.getClaimEnd()));
                    claimValues(added, c);
                    rows.claimRows.add(claims.save(added));
                } else {
                    targets.forEach(claim -> claimValues(claim, c));
                }
            }
        }
    }

    private void applyToPledge(Correction c, Rows rows) {
        switch (c.getAction()) {
            case DELETE -> rows.pledgesOf(c).forEach(pledge -> {
                pledges.delete(pledge);
                rows.pledgeRows.remove(pledge);
            });
            case CHANGE -> rows.pledgesOf(c).forEach(pledge -> pledgeValues(pledge, c));
            case ADD -> {
                List<Claim> claimsThere = rows.claimsAt(c.getClaimStart(), c.getClaimEnd());
                if (!claimsThere.isEmpty() && rows.pledgesOf(c).isEmpty()) {
                    TroopPledge added = new TroopPledge(claimsThere.get(0), c.getPledgeActor(), c.getStance(),
                            c.getPledgeStart(), c.getPledgeEnd());
                    pledgeValues(added, c);
                    rows.pledgeRows.add(pledges.save(added));
                }
            }
        }
    }

    void pledgeDeleted(TroopPledge pledge) {
        pledges.delete(pledge);
    }

    private void deleteClaim(Claim claim, Rows rows) {
        List<TroopPledge> stated = rows.pledgeRows.stream().filter(p -> p.getClaim() == claim).toList();
        pledges.deleteAll(stated);
        rows.pledgeRows.removeAll(stated);
        claims.delete(claim);
        rows.claimRows.remove(claim);
    }

    void claimValues(Claim claim, Correction c) {
        claim.setOutlet(c.getOutletId() == null ? null : outlets.getReferenceById(c.getOutletId()));
        claim.setSpeaker(c.getSpeaker());
        List<String> codes = c.getCountries() == null || c.getCountries().isBlank() ? List.of()
                : Arrays.asList(c.getCountries().split(","));
        Map<String, Country> known = countries.findAllById(codes).stream()
                .collect(Collectors.toMap(Country::getCode, Function.identity()));
        claim.getCountries().clear();
        codes.stream().map(known::get).filter(country -> country != null).forEach(claim::addCountry);
        if (c.getEventDate() != null) {
            // No date in a correction keeps what the text gives, which may be a partial date a form cannot show.
            claim.setEventDate(PartialDate.of(c.getEventDate()), YearSource.STATED);
        }
    }

    static void pledgeValues(TroopPledge pledge, Correction c) {
        pledge.correct(c.getActor(), c.getStance());
        pledge.setTroops(c.getTroops(), c.getTroops() == null ? null : c.getTroopsMax(), c.getQualifier());
        pledge.setKind(c.getKind());
    }
}
