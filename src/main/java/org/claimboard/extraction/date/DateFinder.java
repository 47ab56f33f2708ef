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
import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.Tokens;

/**
 * Finds dates of events and resolves their years (rules in {@link YearResolver}). Years alone ("since 1992")
 * are not dates; a month alone ("in April") is kept only with its year ("November 2024"). Relative days
 * ("yesterday", "last Thursday") are dated only when the publication date is known.
 */
public final class DateFinder implements ExtractionStep {

    private final DateReader reader = new DateReader();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();

    public DateFinder() {
        for (String[] row : Lexicon.rows("weekdays.tsv")) {
            weekdays.put(Tokens.normalize(row[0]), DayOfWeek.of(Integer.parseInt(row[1])));
        }
    }

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
                YearResolver.Cue cue = cueAfter(tokens, written.endToken());
                add(found, resolver.resolve(written, cue), tokens, written);
                if (written.lastDay() != null) {
                    add(found, resolver.resolve(new DateReader.Written(written.year(), written.month(),
                            written.lastDay(), written.firstToken(), written.endToken()), cue), tokens, written);
                }
                i = written.endToken();
                continue;
            }
            if (published != null) {
                DateMention relative = relativeAt(tokens, i, resolver);
                if (relative != null) {
                    found.add(relative);
                }
            }
            i++;
        }
        return found;
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

    /** "yesterday", "today", "tomorrow", "(on|last|this|next) Tuesday", dated from the publication date. */
    private DateMention relativeAt(Tokens tokens, int i, YearResolver resolver) {
        String norm = tokens.norm(i);
        Integer offset = switch (norm) {
            case "yesterday" -> -1;
            case "today" -> 0;
            case "tomorrow" -> 1;
            default -> null;
        };
        int first = i;
        if (offset == null) {
            DayOfWeek weekday = tokens.isCapitalized(i) ? weekdays.get(norm) : null;
            if (weekday == null || reader.month(tokens, nextWord(tokens, i + 1)) != null
                    || DayNumbers.day(tokens, nextWord(tokens, i + 1)) != null) {
                return null;
            }
            String before = i > 0 ? tokens.norm(i - 1) : "";
            offset = weekdayOffset(resolver.published(), weekday, before);
            if (offset == null) {
                return null;
            }
            if (before.equals("last") || before.equals("next") || before.equals("this")) {
                first = i - 1;
            }
        }
        YearResolver.Resolved resolved = resolver.relative(offset);
        return resolved == null ? null
                : new DateMention(resolved.date(), resolved.source(), tokens.start(first), tokens.end(i));
    }

    /** Days from publication to the named weekday: "next" looks ahead, otherwise the most recent one. */
    private static Integer weekdayOffset(LocalDate published, DayOfWeek weekday, String before) {
        int back = (published.getDayOfWeek().getValue() - weekday.getValue() + 7) % 7;
        return switch (before) {
            case "next" -> 7 - back;
            case "last" -> back == 0 ? -7 : -back;
            case "on", "this", "since", "until", "by", "from", "," -> -back;
            default -> null;
        };
    }

    private static int nextWord(Tokens tokens, int k) {
        return tokens.is(k, ",") ? k + 1 : k;
    }
}
