package org.claimboard.article;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.country.Country;
import org.claimboard.extraction.ExtractionReport;
import org.claimboard.extraction.ExtractionReport.ClaimItem;
import org.claimboard.extraction.ExtractionReport.DateItem;
import org.claimboard.extraction.ExtractionReport.PledgeItem;
import org.claimboard.extraction.ExtractionReport.SpanItem;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.TextSpan;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's stored extraction in the {@code extract} command's JSON shape, rebuilt from its rows (nothing is
 * extracted again). The rows keep less than the pipeline knows: a date's year source is not stored, so it is null.
 */
@Service
public class StoredExtraction {

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;

    StoredExtraction(ArticleRepository articles, MentionRepository mentions, ClaimRepository claims,
                     TroopPledgeRepository pledges) {
        this.articles = articles;
        this.mentions = mentions;
        this.claims = claims;
        this.pledges = pledges;
    }

    /** The article and its extraction; four queries, whatever the article holds. */
    public record Stored(Article article, int claimCount, ExtractionReport extraction) {
    }

    @Transactional(readOnly = true)
    public Stored read(long id) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
        List<Mention> found = mentions.findByArticleIdOrderByStartAscEndDesc(id);
        List<Claim> stated = claims.findByArticleIdOrderBySentenceIndexAscIdAsc(id);
        List<TroopPledge> pledged = stated.isEmpty() ? List.of()
                : pledges.findByClaimArticleIdOrderByStartOffsetAscIdAsc(id);
        ExtractionReport report = new ExtractionReport(article.getSource(), article.getTitle(),
                article.getPublisher(), article.getAuthor(),
                article.getPublishedOn() == null ? null : article.getPublishedOn().toString(),
                values(found, MentionKind.COUNTRY), values(found, MentionKind.OUTLET),
                values(found, MentionKind.PERSON),
                found.stream().filter(m -> m.getKind() == MentionKind.DATE).map(m -> date(article, m)).toList(),
                stated.stream().map(StoredExtraction::claim).toList(),
                pledged.stream().map(p -> pledge(article, p)).toList());
        return new Stored(article, stated.size(), report);
    }

    private static List<String> values(List<Mention> found, MentionKind kind) {
        Set<String> values = new LinkedHashSet<>();
        found.stream().filter(m -> m.getKind() == kind).forEach(m -> values.add(m.getValue()));
        return List.copyOf(values);
    }

    private static DateItem date(Article article, Mention m) {
        return new DateItem(m.getValue(), precision(m.getValue()), null, article.excerpt(m.getStart(), m.getEnd()),
                m.getStart(), m.getEnd());
    }

    /** The precision an ISO value as {@link PartialDate#iso()} writes it stands for. */
    static String precision(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.startsWith("--")) {
            return "MONTH_DAY";
        }
        return switch (iso.length()) {
            case 4 -> "YEAR";
            case 7 -> "MONTH";
            default -> "DAY";
        };
    }

    private static ClaimItem claim(Claim c) {
        PartialDate date = c.getPartialDate();
        return new ClaimItem(c.getText(), c.getStartOffset(), c.getEndOffset(),
                c.getOutlet() == null ? null : c.getOutlet().getName(), c.getSpeaker(),
                c.getCountries().stream().map(Country::getCode).sorted(Comparator.naturalOrder()).toList(),
                date == null ? null : date.iso());
    }

    private static PledgeItem pledge(Article article, TroopPledge p) {
        Claim claim = p.getClaim();
        return new PledgeItem(p.getActor(), p.getStance().name(), p.getTroops(), p.getTroopsMax(),
                p.getQualifier() == null ? null : p.getQualifier().name(), p.getKind() == null ? null : p.getKind().name(),
                article.excerpt(p.getStartOffset(), p.getEndOffset()), p.getStartOffset(), p.getEndOffset(),
                claim.getOutlet() == null ? null : claim.getOutlet().getName(),
                span(article, p.getStanceSpan()), span(article, p.getActorSpan()));
    }

    private static SpanItem span(Article article, TextSpan span) {
        return span == null ? null : SpanItem.of(article.getText(), span.start(), span.end());
    }
}
