package org.claimboard.ingest;

import java.util.ArrayList;
import java.util.List;

import org.claimboard.article.Article;
import org.claimboard.article.Mention;
import org.claimboard.article.MentionKind;
import org.claimboard.extraction.Extraction;

/** Turns every recognised span of an extraction into a mention row of the article, skipping bad spans. */
final class MentionRows {

    private final Article article;
    private final ExtractionWriter.Spans spans;
    private final List<Mention> rows = new ArrayList<>();

    MentionRows(Article article, ExtractionWriter.Spans spans) {
        this.article = article;
        this.spans = spans;
    }

    List<Mention> of(Extraction found) {
        found.countries().stream().filter(c -> ReferenceData.isCountryCode(c.code()))
                .forEach(c -> add(MentionKind.COUNTRY, c.code(), c.start(), c.end()));
        found.outlets().forEach(o -> add(MentionKind.OUTLET, o.name(), o.start(), o.end()));
        found.people().forEach(p -> add(MentionKind.PERSON, p.name(), p.start(), p.end()));
        found.dates().forEach(d -> add(MentionKind.DATE, d.date() == null ? null : d.date().iso(), d.start(), d.end()));
        found.troopCounts().forEach(t -> add(MentionKind.TROOPS,
                t.max() == null ? Integer.toString(t.value()) : t.value() + "-" + t.max(), t.start(), t.end()));
        return rows;
    }

    private void add(MentionKind kind, String value, int start, int end) {
        String fitted = Limits.fit(value, Limits.VALUE);
        if (fitted != null && spans.valid(start, end)) {
            rows.add(new Mention(article, kind, fitted, start, end));
        }
    }
}
