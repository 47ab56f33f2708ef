package org.claimboard.extraction.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.YearSource;

/**
 * Finds dates of events and resolves their years (rules in {@link YearResolver}). Years alone ("since 1992")
 * are not dates; a month alone ("in April") is kept only with its year ("November 2024"). Relative days
 * ("yesterday", "last Thursday", {@link RelativeDays}) are dated only when the publication date is known.
 */
public final class DateFinder implements ExtractionStep {

    private final DateReader reader = new DateReader();
    private final RelativeDays relativeDays = new RelativeDays(reader);

    @Override
    public void apply(Document doc) {
        doc.setDates(outsideOutlets(find(doc.tokens(), doc.input().published()), doc.outlets()));
    }

    /** "The Sunday Times" names a paper, not a day. Both lists are in text order: one merge pass. */
    private static List<DateMention> outsideOutlets(List<DateMention> dates, List<OutletMention> outlets) {
        List<OutletMention> sorted = new ArrayList<>(outlets);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<DateMention> kept = new ArrayList<>(dates.size());
        int o = 0;
        for (DateMention date : dates) {
            while (o < sorted.size() && sorted.get(o).end() <= date.start()) {
                o++;
            }
            boolean inside = o < sorted.size() && sorted.get(o).start() <= date.start()
                    && date.end() <= sorted.get(o).end();
            if (!inside) {
                kept.add(date);
            }
        }
        return kept;
    }

    List<DateMention> find(Tokens tokens, LocalDate published) {
        YearResolver resolver = new YearResolver(published, statedYears(tokens));
        List<DateMention> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            DateReader.Written written = reader.at(tokens, i);
            if (written != null) {
                written(tokens, written, resolver, found);
                i = written.endToken();
                continue;
            }
            if (published != null) {
                RelativeDays.Relative relative = relativeDays.at(tokens, i, published);
                if (relative != null) {
                    found.add(new DateMention(PartialDate.of(relative.date()), YearSource.PUBLICATION,
                            tokens.start(relative.firstToken()), tokens.end(relative.endToken() - 1)));
                }
            }
            i++;
        }
        return found;
    }

    private void written(Tokens tokens, DateReader.Written written, YearResolver resolver, List<DateMention> found) {
        YearResolver.Cue cue = cueAfter(tokens, written.endToken());
        if (cue == YearResolver.Cue.NONE && relativeDays.looksAhead(tokens, written.firstToken())) {
            cue = YearResolver.Cue.AHEAD;
        }
        add(found, resolver.resolve(written, cue), tokens, written);
        if (written.lastDay() != null) {
            add(found, resolver.resolve(new DateReader.Written(written.year(), written.month(),
                    written.lastDay(), written.firstToken(), written.endToken()), cue), tokens, written);
        }
    }

    private static void add(List<DateMention> found, YearResolver.Resolved resolved, Tokens tokens,
                            DateReader.Written written) {
        if (resolved != null) {
            found.add(new DateMention(resolved.date(), resolved.source(), tokens.start(written.firstToken()),
                    tokens.end(written.endToken() - 1)));
        }
    }

    /** Month-days written with their year anywhere in the text: "6 January" earlier is "6 January 2026" too. */
    private Map<Integer, Integer> statedYears(Tokens tokens) {
        Map<Integer, Integer> stated = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            DateReader.Written written = reader.at(tokens, i);
            if (written == null) {
                i++;
                continue;
            }
            if (written.year() != null && written.day() != null) {
                stated.putIfAbsent(written.month() * 100 + written.day(), written.year());
            }
            i = written.endToken();
        }
        return stated;
    }

    private static YearResolver.Cue cueAfter(Tokens tokens, int end) {
        int k = tokens.is(end, ",") ? end + 1 : end;
        if (tokens.is(k, "of") || tokens.is(k, "earlier") || tokens.is(k, "later")) {
            k++;
        }
        if (!tokens.is(k + 1, "year")) {
            return YearResolver.Cue.NONE;
        }
        return switch (tokens.norm(k)) {
            case "this" -> YearResolver.Cue.THIS_YEAR;
            case "last" -> YearResolver.Cue.LAST_YEAR;
            case "next" -> YearResolver.Cue.NEXT_YEAR;
            default -> YearResolver.Cue.NONE;
        };
    }
}
