package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.Tokens;

/**
 * Cuts a sentence's tokens into clauses so that a subject and a negation stay with their own verb:
 * at ";", ", but", "although", "however", "instead", ", of which", ", and" (unless it only continues a list
 * of countries), and after the comma that closes a leading subordinate clause ("Although X, Y", "While X, Y").
 */
final class Clauses {

    record Clause(int from, int to) {
    }

    private static final Set<String> LEADING_SUBORDINATORS = Set.of("although", "though", "while", "whereas",
            "despite", "if", "when", "as", "since", "because", "unless", "after", "before", "even", "whilst");

    private final PledgeWords words;

    Clauses(PledgeWords words) {
        this.words = words;
    }

    /** Clauses of tokens [from, to); {@code isCountry} tells whether a token is part of a country mention. */
    List<Clause> split(Tokens tokens, int from, int to, TokenMentions mentions) {
        List<Clause> clauses = new ArrayList<>();
        int start = from;
        boolean leadingSubordinate = from < to && LEADING_SUBORDINATORS.contains(tokens.norm(from));
        int k = from;
        while (k < to) {
            if (leadingSubordinate && tokens.is(k, ",")) {
                leadingSubordinate = false;
                clauses.add(new Clause(start, k));
                start = k + 1;
                k++;
                continue;
            }
            var match = k > start ? words.clauseBreaks.longestAt(tokens, k, to) : null;
            if (match != null && !continuesCountryList(tokens, k, match.endToken(), mentions)
                    && !parenthetical(tokens, k, match.endToken())) {
                clauses.add(new Clause(start, k));
                start = match.endToken();
                k = match.endToken();
                continue;
            }
            k++;
        }
        if (start < to) {
            clauses.add(new Clause(start, to));
        }
        return clauses;
    }

    /** "Poland, however, has refused": an aside between commas leaves the clause whole. */
    private static boolean parenthetical(Tokens tokens, int k, int end) {
        return k > 0 && tokens.is(k - 1, ",") && tokens.is(end, ",") && end - k == 1;
    }

    /** ", and Italy" after "Germany, Poland, Spain": an Oxford comma, not a new clause. */
    private static boolean continuesCountryList(Tokens tokens, int k, int end, TokenMentions mentions) {
        int next = tokens.is(end, "the") ? end + 1 : end;
        return tokens.is(k, ",") && tokens.is(end - 1, "and") && mentions.country(k - 1) != null
                && mentions.country(next) != null;
    }
}
