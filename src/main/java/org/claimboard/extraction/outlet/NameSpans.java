package org.claimboard.extraction.outlet;

import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Tokens;

/** Reads capitalised names next to reporting words in one article, and judges whether they can be outlets. */
final class NameSpans {

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_SKIPPED = 3;
    private static final int MAX_APPOSITION = 5;

    /** A name over tokens [first, endToken), characters [start, end); {@code capitalThe}: led by "The". */
    record Name(int first, int endToken, int start, int end, String text, boolean capitalThe) {
    }

    private final String text;
    private final Tokens tokens;
    private final OutletLexicon lexicon;
    private final boolean[] person;
    private final boolean[] country;

    NameSpans(String text, Tokens tokens, OutletLexicon lexicon, List<PersonMention> people,
              List<CountryMention> countries) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.person = new boolean[tokens.size()];
        this.country = new boolean[tokens.size()];
        people.forEach(p -> mark(person, p.start(), p.end()));
        countries.forEach(c -> mark(country, c.start(), c.end()));
    }

    private void mark(boolean[] marks, int start, int end) {
        for (int k = tokens.indexAtOrAfter(start); k < tokens.size() && tokens.start(k) < end; k++) {
            marks[k] = true;
        }
    }

    /** The name just before token i, past words like "has", "previously" or a comma; null if none. */
    Name nameEndingBefore(int i, int from) {
        int end = i;
        while (end > from && i - end < MAX_SKIPPED && lexicon.isSkip(tokens.norm(end - 1))) {
            end--;
        }
        int first = end;
        int words = 0;
        while (first > from && words < MAX_NAME_WORDS && isNamePiece(first - 1) && !TokenShapes.isPossessive(text, tokens, first - 1)) {
            words += tokens.isWord(first - 1) ? 1 : 0;
            first--;
        }
        while (first < end && !tokens.isWord(first)) {
            first++;
        }
        if (first > from && tokens.is(first - 1, "the")) {
            first--;
        }
        return name(first, end);
    }

    /** The name starting at token j (after an optional "the"); null if none. */
    Name nameStartingAt(int j, int to) {
        int first = j;
        int end = tokens.is(j, "the") ? j + 1 : j;
        int words = 0;
        while (end < to && words < MAX_NAME_WORDS && isNamePiece(end)) {
            words += tokens.isWord(end) ? 1 : 0;
            end++;
        }
        while (end > first && !tokens.isWord(end - 1)) {
            end--;
        }
        return name(first, end);
    }

    private Name name(int first, int end) {
        boolean led = tokens.is(first, "the");
        int wordsFirst = led ? first + 1 : first;
        if (wordsFirst >= end) {
            return null;
        }
        int start = tokens.start(led && !tokens.isCapitalized(first) ? wordsFirst : first);
        int stop = tokens.end(end - 1);
        return new Name(first, end, start, stop, text.substring(start, stop), led && tokens.isCapitalized(first));
    }

    /** A capitalised word, or a dot joining two words without spaces ("Caliber.Az", "Report.az"). */
    private boolean isNamePiece(int k) {
        if (tokens.isWord(k)) {
            return tokens.isCapitalized(k) && !tokens.is(k, "the")
                    || k >= 2 && tokens.firstChar(k - 1) == '.' && tokens.end(k - 1) == tokens.start(k)
                    && tokens.end(k - 2) == tokens.start(k - 1) && tokens.isWord(k - 2);
        }
        return tokens.firstChar(k) == '.' && k > 0 && k + 1 < tokens.size()
                && tokens.end(k - 1) == tokens.start(k) && tokens.end(k) == tokens.start(k + 1) && tokens.isWord(k + 1);
    }

    /** "(Reuters) -" after a dateline: the credit of the agency that wrote the article, not a citation. */
    boolean isCredit(int first, int end) {
        return first > 0 && tokens.is(first - 1, "(") && tokens.is(end, ")") && end + 1 < tokens.size()
                && "-\u2013\u2014".indexOf(tokens.firstChar(end + 1)) >= 0;
    }

    /** A one-word name followed by another capitalised word is part of a longer name ("Reuters Institute"). */
    boolean continuesIntoLongerName(int first, int end) {
        int words = 0;
        for (int k = first; k < end; k++) {
            words += tokens.isWord(k) && !tokens.is(k, "the") ? 1 : 0;
        }
        return words == 1 && end < tokens.size() && !TokenShapes.isPossessive(text, tokens, end - 1) && tokens.isWord(end) && tokens.isCapitalized(end)
                && tokens.start(end) > tokens.end(end - 1) && !lexicon.isTimeWord(tokens.norm(end));
    }

    /** Not a person, country or government body, not someone's ("CNN's Jim Sciutto"), not a lone sentence opener. */
    boolean isOutletName(Name name, int sentenceStart) {
        if (TokenShapes.afterPossessive(text, name.start()) || TokenShapes.isPartOfLongerName(tokens, name.first(), name.endToken())) {
            return false;
        }
        boolean domain = TokenShapes.hasDomain(tokens, name.first(), name.endToken());
        int words = 0;
        boolean outletWord = false;
        boolean countryWord = false;
        for (int k = name.first(); k < name.endToken(); k++) {
            if (!tokens.isWord(k) || tokens.is(k, "the")) {
                continue;
            }
            if (lexicon.isNotOutletWord(tokens.norm(k)) && !domain || person[k]) {
                return false;
            }
            words++;
            outletWord |= lexicon.isOutletWord(tokens.norm(k));
            countryWord |= country[k];
        }
        if (countryWord && !outletWord) {
            return false;
        }
        return !(words == 1 && name.first() == sentenceStart && !outletWord && !domain);
    }

    /** Whether a name cited with weak grammar ("according to X") still reads as an outlet. */
    boolean looksLikeOutlet(Name name, int sentenceStart) {
        if (TokenShapes.hasDomain(tokens, name.first(), name.endToken()) || name.capitalThe() && name.first() > sentenceStart || isApposedOutletKind(name.endToken())) {
            return true;
        }
        for (int k = name.first(); k < name.endToken(); k++) {
            if (lexicon.isOutletWord(tokens.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** ", the Lithuanian public broadcaster": a kind of outlet within a few words after a comma. */
    private boolean isApposedOutletKind(int end) {
        if (!tokens.is(end, ",")) {
            return false;
        }
        for (int k = end + 1; k < tokens.size() && k <= end + MAX_APPOSITION; k++) {
            if (lexicon.kinds.longestAt(tokens, k) != null) {
                return true;
            }
            if (!tokens.isWord(k)) {
                return false;
            }
        }
        return false;
    }

    boolean touchesPerson(int first, int end) {
        for (int k = first; k < end; k++) {
            if (person[k]) {
                return true;
            }
        }
        return false;
    }

    boolean isUpperCase(int start, int end) {
        return OutletLexicon.isAllCaps(text.substring(start, end));
    }
}
