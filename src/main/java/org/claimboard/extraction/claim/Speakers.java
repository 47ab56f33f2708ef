package org.claimboard.extraction.claim;

import java.util.List;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/**
 * Finds who speaks in a sentence: a named person who is the subject of a speech verb ("Sakaliene said",
 * "Macron, the French president, warned", "said Macron") or is cited ("according to Macron"), or "he said" / "she warned", which points to the most
 * recent person named before. Immutable after construction.
 */
final class Speakers {

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final int APPOSITIVE_LIMIT = 14;
    private static final int VERB_GAP = 2;

    private final PhraseMatcher<Boolean> speechVerbs = new PhraseMatcher<>();

    Speakers() {
        for (String verb : Lexicon.words("speech-verbs.tsv")) {
            speechVerbs.add(verb, Boolean.TRUE);
        }
    }

    /**
     * The speaker of tokens [from, to), given the people named in them and the last person named before
     * ({@code earlier}, may be null); null when nobody speaks.
     */
    PersonMention speaker(Tokens tokens, int from, int to, List<PersonMention> inSentence, PersonMention earlier) {
        for (PersonMention person : inSentence) {
            int first = tokens.firstStartingAtOrAfter(person.start());
            int end = tokens.indexAtOrAfter(Math.max(person.start(), person.end() - 1)) + 1;
            boolean accordingTo = first - 2 >= from && tokens.is(first - 1, "to") && tokens.is(first - 2, "according");
            if (speechVerbAfter(tokens, end, to) || speechVerbAt(tokens, first - 1, from) || accordingTo) {
                return person;
            }
        }
        for (int k = from; k < to; k++) {
            if (PRONOUNS.contains(tokens.norm(k)) && speechVerbAfter(tokens, k + 1, to)) {
                PersonMention antecedent = lastBefore(inSentence, earlier, tokens.start(k));
                if (antecedent != null) {
                    return antecedent;
                }
            }
        }
        return null;
    }

    /** A speech verb right after the subject, allowing an adverb or a comma-enclosed appositive between. */
    private boolean speechVerbAfter(Tokens tokens, int k, int to) {
        if (tokens.is(k, ",")) {
            int close = k + 1;
            while (close < to && close - k <= APPOSITIVE_LIMIT && !tokens.is(close, ",")) {
                close++;
            }
            if (close < to && tokens.is(close, ",")) {
                k = close + 1;
            }
        }
        for (int gap = 0; gap <= VERB_GAP && k + gap < to; gap++) {
            PhraseMatcher.Match<Boolean> match = speechVerbs.longestAt(tokens, k + gap, to);
            if (match != null) {
                return true;
            }
            if (!tokens.isWord(k + gap) || tokens.isCapitalized(k + gap)) {
                return false;
            }
        }
        return false;
    }

    /** "said Macron": the speech verb just before the name. */
    private boolean speechVerbAt(Tokens tokens, int k, int from) {
        return k >= from && speechVerbs.longestAt(tokens, k, k + 1) != null;
    }

    private static PersonMention lastBefore(List<PersonMention> inSentence, PersonMention earlier, int offset) {
        PersonMention last = null;
        for (PersonMention person : inSentence) {
            if (person.end() <= offset) {
                last = person;
            }
        }
        if (last == null) {
            last = earlier;
        }
        return last;
    }
}
