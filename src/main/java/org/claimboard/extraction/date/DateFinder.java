package org.claimboard.extraction.date;

import java.time.DayOfWeek;
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
 * ("yesterday", "last Thursday") are counted from the article's own day: its publication date, or the dateline
 * or date line last passed ({@link DateLines}); a date line that only says when the page was written is no event.
 */
public final class DateFinder implements ExtractionStep {

    private final DateReader reader = new DateReader();
    private final RelativeDays relativeDays = new RelativeDays(reader);
    private final DateLines dateLines = new DateLines(relativeDays);

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
        YearResolver resolver = new YearResolver(published, statedYears(tokens), new WeekdayYear(tokens));
        List<DateMention> found = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            DateReader.Written written = reader.at(tokens, i);
            if (written != null) {
                written(tokens, written, resolver, found, published != null);
                i = written.endToken();
                continue;
            }
            LocalDate day = resolver.articleDay();
            if (day != null) {
                if (dateLines.weekdayEntry(tokens, i)) {
                    // a live blog runs forward: its next weekday heading is the coming such day
                    LocalDate entry = day.plusDays(RelativeDays.offset(day, relativeDays.weekday(tokens, i), "", true));
                    found.add(new DateMention(PartialDate.of(entry), YearSource.PUBLICATION, tokens.start(i),
                            tokens.end(i)));
                    resolver.countFrom(entry);
                } else {
                    RelativeDays.Relative relative = relativeDays.at(tokens, i, day);
                    if (relative != null) {
                        found.add(new DateMention(PartialDate.of(relative.date()), YearSource.PUBLICATION,
                                tokens.start(relative.firstToken()), tokens.end(relative.endToken() - 1)));
                    }
                }
            }
            i++;
        }
        return found;
    }

    /**
     * A written date, and the day it gives the article when it heads a line. A publication date, when given,
     * outranks a dateline (a page dated the 7th reporting "PARIS, 6 January - Macron said yesterday" counts
     * from the 7th); a live blog's new day moves on from either.
     */
    private void written(Tokens tokens, DateReader.Written written, YearResolver resolver, List<DateMention> found,
                         boolean hasPublicationDate) {
        DateLines.Kind line = dateLines.kind(tokens, written);
        YearResolver.Cue cue = cueAfter(tokens, written.endToken());
        if (cue == YearResolver.Cue.NONE && (line == DateLines.Kind.DATE_LINE
                || relativeDays.looksAhead(tokens, written.firstToken()))) {
            cue = YearResolver.Cue.AHEAD;
        }
        YearResolver.Resolved resolved = resolver.withWeekday(resolver.resolve(written, cue),
                weekdayBefore(tokens, written.firstToken()));
        if (resolved != null && line != DateLines.Kind.PUBLICATION_LINE) {
            add(found, resolved, tokens, written);
            if (written.lastDay() != null) {
                add(found, resolver.resolve(new DateReader.Written(written.year(), written.month(),
                        written.lastDay(), written.firstToken(), written.endToken()), cue), tokens, written);
            }
        }
        boolean movesOn = line == DateLines.Kind.DATE_LINE || line != DateLines.Kind.NONE && !hasPublicationDate;
        if (movesOn && resolved != null && resolved.date().toLocalDate() != null) {
            resolver.countFrom(resolved.date().toLocalDate());
        }
    }

    /** "Tuesday 6 January", "Tuesday, 6 January": the weekday written before a date, or null. */
    private DayOfWeek weekdayBefore(Tokens tokens, int first) {
        DayOfWeek weekday = relativeDays.weekday(tokens, first - 1);
        return weekday != null || !tokens.is(first - 1, ",") ? weekday : relativeDays.weekday(tokens, first - 2);
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
