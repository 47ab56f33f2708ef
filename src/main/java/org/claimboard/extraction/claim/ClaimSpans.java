package org.claimboard.extraction.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/**
 * The part of a sentence each cited outlet speaks for, so that a sentence citing two outlets gives a claim for
 * each. A contrast ("..., while Y said ...") between two outlets ends the first one's clause. Within a clause
 * the first outlet keeps the whole clause; a later one the words from its name on ("Deník N, as Euractiv wrote,
 * said that ..."), or, when its name closes the clause ("..., in remarks reported by the FT.") or its verb goes on
 * with a participle ("..., Le Soir reported, adding that ..."), the clause up to its name. Spans are distinct (stored claims and verdicts are keyed by them) and the same for the same text.
 */
final class ClaimSpans {

    /** A claim's outlet and its span [start, end) inside the sentence. */
    record Span(String outlet, int start, int end) {
    }

    /** Fewer words after a later outlet's name than this: the name closes its clause, the report stands before. */
    private static final int MIN_WORDS_AFTER = 4;
    private static final Set<String> REPORTED = Set.of("reported", "said", "wrote", "noted", "added", "reports",
            "says", "writes");

    private final PhraseMatcher<Boolean> breaks = new PhraseMatcher<>();

    ClaimSpans() {
        for (String phrase : Lexicon.words("citation-breaks.tsv")) {
            breaks.add(phrase, Boolean.TRUE);
        }
    }

    /** One span per outlet named in sentence [start, end), first mention of each; empty when fewer than two. */
    List<Span> spans(Tokens tokens, int start, int end, List<OutletMention> mentions) {
        List<OutletMention> outlets = firstOfEach(mentions);
        List<Span> spans = new ArrayList<>();
        if (outlets.size() < 2) {
            return spans;
        }
        int clauseStart = start;
        int first = 0;
        for (int i = 1; i <= outlets.size(); i++) {
            int clauseEnd = i == outlets.size() ? end : breakBetween(tokens, outlets.get(i - 1).end(), outlets.get(i).start());
            if (clauseEnd >= 0) {
                addClause(tokens, outlets.subList(first, i), clauseStart, clauseEnd, spans);
                clauseStart = clauseEnd;
                first = i;
            }
        }
        return spans;
    }

    private void addClause(Tokens tokens, List<OutletMention> outlets, int start, int end, List<Span> into) {
        for (int i = 0; i < outlets.size(); i++) {
            OutletMention m = outlets.get(i);
            Span span;
            if (i == 0) {
                span = new Span(m.name(), start, end);
            } else if (wordsBetween(tokens, m.end(), end) >= MIN_WORDS_AFTER && !reportsWhatPrecedes(tokens, m.end())) {
                span = new Span(m.name(), m.start(), end);
            } else {
                span = new Span(m.name(), start, m.end());
            }
            if (into.stream().noneMatch(s -> s.start() == span.start() && s.end() == span.end())) {
                into.add(span);
            }
        }
    }

    /**
     * "..., Franceinfo reported, adding that ...": an outlet with its reporting verb after the report, going on
     * with a participle, reports what stands before its name, like a name that closes the clause.
     */
    private static boolean reportsWhatPrecedes(Tokens tokens, int nameEnd) {
        int verb = tokens.indexAtOrAfter(nameEnd);
        return verb + 2 < tokens.size() && REPORTED.contains(tokens.norm(verb)) && tokens.is(verb + 1, ",")
                && tokens.norm(verb + 2).endsWith("ing");
    }

    /** Where a contrast between two outlets' names starts its clause (its first word, past a comma); -1 if none. */
    private int breakBetween(Tokens tokens, int from, int to) {
        for (int t = tokens.indexAtOrAfter(from); t < tokens.size() && tokens.start(t) < to; t++) {
            PhraseMatcher.Match<Boolean> m = breaks.longestAt(tokens, t);
            if (m != null && m.end() <= to) {
                int word = t;
                while (word < m.endToken() && !tokens.isWord(word)) {
                    word++;
                }
                return word < m.endToken() ? tokens.start(word) : tokens.end(m.endToken() - 1);
            }
        }
        return -1;
    }

    private static int wordsBetween(Tokens tokens, int from, int to) {
        int words = 0;
        for (int t = tokens.indexAtOrAfter(from); t < tokens.size() && tokens.start(t) < to; t++) {
            words += tokens.isWord(t) ? 1 : 0;
        }
        return words;
    }

    private static List<OutletMention> firstOfEach(List<OutletMention> mentions) {
        Set<String> seen = new LinkedHashSet<>();
        List<OutletMention> first = new ArrayList<>();
        for (OutletMention m : mentions) {
            if (seen.add(m.name())) {
                first.add(m);
            }
        }
        return first;
    }
}
