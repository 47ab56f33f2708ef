package org.claimboard.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.claim.Claim;
import org.claimboard.country.Country;
import org.claimboard.extraction.Sentence;
import org.claimboard.outlet.Outlet;
import org.claimboard.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' corrections of claims: change one, delete one, add one on a sentence the extractor passed over. Each
 * is stored as a {@link Correction} (one per sentence, the latest values), applied to the claim rows at once,
 * and written to the audit trail.
 */
@Service
public class ClaimCorrections {

    private final ArticleRepository articles;
    private final CorrectionRepository corrections;
    private final CorrectionApplier applier;
    private final AuditTrail audit;
    private final Targets targets;

    ClaimCorrections(ArticleRepository articles, CorrectionRepository corrections, CorrectionApplier applier,
                     AuditTrail audit, Targets targets) {
        this.articles = articles;
        this.corrections = corrections;
        this.applier = applier;
        this.audit = audit;
        this.targets = targets;
    }

    /** Corrects a claim; returns its id. */
    @Transactional
    public long correct(long articleId, long claimId, ClaimForm form, String user) {
        Claim claim = targets.claim(articleId, claimId);
        Correction correction = current(articleId, claim.getStartOffset(), claim.getEndOffset())
                .orElseGet(() -> Correction.ofClaim(articleId, Correction.Action.CHANGE, claim.getStartOffset(),
                        claim.getEndOffset(), claim.getSentenceIndex()));
        if (correction.getAction() == Correction.Action.DELETE) {
            correction.setAction(Correction.Action.CHANGE);
        }
        store(correction, form, user, audit.entry(articleId, claim.getStartOffset(), claim.getEndOffset(), user,
                subject(claim.getText())), claim);
        return claim.getId();
    }

    /** Deletes a claim and its pledges, now and after every re-extraction. */
    @Transactional
    public void delete(long articleId, long claimId, String user) {
        Claim claim = targets.claim(articleId, claimId);
        Correction correction = current(articleId, claim.getStartOffset(), claim.getEndOffset())
                .orElseGet(() -> Correction.ofClaim(articleId, Correction.Action.DELETE, claim.getStartOffset(),
                        claim.getEndOffset(), claim.getSentenceIndex()));
        correction.setAction(Correction.Action.DELETE);
        correction.stamp(user, Instant.now());
        corrections.save(correction);
        audit.entry(articleId, claim.getStartOffset(), claim.getEndOffset(), user, subject(claim.getText()))
                .deleted(claim.getText());
        applier.apply(correction, applier.rows(articleId));
    }

    /** Adds a claim on one of the article's sentences (given by its offsets); returns the new claim's id. */
    @Transactional
    public long add(long articleId, int start, int end, ClaimForm form, String user) {
        Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        Sentence sentence = Sentences.of(article.getText()).stream()
                .filter(s -> s.start() == start && s.end() == end).findFirst()
                .orElseThrow(() -> new NotFoundException("Sentence", start + "\u2013" + end));
        CorrectionApplier.Rows rows = applier.rows(articleId);
        if (!rows.claimsWithin(start, end).isEmpty()) {
            throw new CorrectionRejected(null, "correction.claim.exists");
        }
        Correction correction = current(articleId, start, end).orElseGet(() -> Correction.ofClaim(articleId,
                Correction.Action.ADD, start, end, sentence.index()));
        correction.setAction(Correction.Action.ADD);
        String text = article.excerpt(start, end);
        AuditTrail.Entry entry = audit.entry(articleId, start, end, user, subject(text));
        entry.added("sentence " + (sentence.index() + 1));
        Outlet outlet = targets.outlet(form.outlet());
        List<Country> countries = targets.countries(form.countryCodes(), "countries");
        correction.claimValues(form, outlet == null ? null : outlet.getId(), form.date());
        correction.stamp(user, Instant.now());
        corrections.save(correction);
        entry.changed("outlet", null, outlet == null ? null : outlet.getName());
        entry.changed("speaker", null, correction.getSpeaker());
        entry.changed("countries", null, codes(countries));
        entry.changed("date", null, form.date());
        applier.apply(correction, rows);
        return rows.claimsAt(start, end).get(0).getId();
    }

    private void store(Correction correction, ClaimForm form, String user, AuditTrail.Entry entry, Claim claim) {
        Outlet outlet = targets.outlet(form.outlet());
        List<Country> countries = targets.countries(form.countryCodes(), "countries");
        correction.claimValues(form, outlet == null ? null : outlet.getId(), editorsDate(form, claim, correction));
        correction.stamp(user, Instant.now());
        corrections.save(correction);
        entry.changed("outlet", claim.getOutlet() == null ? null : claim.getOutlet().getName(),
                outlet == null ? null : outlet.getName());
        entry.changed("speaker", claim.getSpeaker(), correction.getSpeaker());
        entry.changed("countries", codes(claim.getCountries().stream().toList()), codes(countries));
        if (form.date() != null) {
            entry.changed("date", claim.getEventDate(), form.date());
        }
        applier.apply(correction, applier.rows(claim.getArticle().getId()));
    }

    /**
     * The form comes pre-filled with the date the claim shows, whose year the extractor may only have inferred.
     * Storing that date unchanged would make the year stated and outvote a better extractor later, so only a
     * changed date is the editor's; an unchanged one keeps what the correction held (an earlier editor's date, or
     * none).
     */
    private static LocalDate editorsDate(ClaimForm form, Claim claim, Correction correction) {
        return Objects.equals(form.date(), claim.getEventDate()) ? correction.getEventDate() : form.date();
    }

    private Optional<Correction> current(long articleId, int start, int end) {
        return corrections.findByArticleIdOrderByIdAsc(articleId).stream()
                .filter(c -> c.isClaimAt(start, end)).findFirst();
    }

    private static String codes(List<Country> countries) {
        return String.join(", ", countries.stream().map(Country::getCode).sorted(Comparator.naturalOrder()).toList());
    }

    static String subject(String sentence) {
        String text = sentence.strip();
        return "claim \u201C" + (text.length() > 60 ? text.substring(0, 59) + "\u2026" : text) + "\u201D";
    }
}
