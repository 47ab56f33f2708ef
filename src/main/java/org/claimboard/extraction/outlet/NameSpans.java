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
    private final NamePieces pieces;

    NameSpans(String text, Tokens tokens, OutletLexicon lexicon, List<PersonMention> people,
              List<CountryMention> countries) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.person = new boolean[tokens.size()];
        this.country = new boolean[tokens.size()];
        this.pieces = new NamePieces(text, tokens, lexicon);
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
        while (first > from && words < MAX_NAME_WORDS && pieces.isPiece(first - 1) && !TokenShapes.isPossessive(text, tokens, first - 1)) {
            words += tokens.isWord(first - 1) ? 1 : 0;
            first--;
        }
        while (first < end && !tokens.isWord(first)) {
            first++;
        }
        if (first > from && tokens.is(first - 1, "the")) {
            first--;
        }
        return nameOver(first, end);
    }

    /** The name starting at token j (after an optional "the"); null if none. */
    Name nameStartingAt(int j, int to) {
        int first = j;
        int end = tokens.is(j, "the") ? j + 1 : j;
        int words = 0;
        while (end < to && words < MAX_NAME_WORDS && pieces.isPiece(end)) {
            words += tokens.isWord(end) ? 1 : 0;
            end++;
        }
        while (end > first && !tokens.isWord(end - 1)) {
            end--;
        }
        return nameOver(first, end);
    }

    /** The name over tokens [first, end), without a lower-case "the"; null if only "the". */
    Name nameOver(int first, int end) {
        boolean led = tokens.is(first, "the");
        int wordsFirst = led ? first + 1 : first;
        if (wordsFirst >= end) {
            return null;
        }
        int start = tokens.start(led && !tokens.isCapitalized(first) ? wordsFirst : first);
        int stop = tokens.end(end - 1);
        return new Name(first, end, start, stop, text.substring(start, stop), led && tokens.isCapitalized(first));
    }

    /**
     * The end of a listed name written longer ("Bloomberg Television", "BBC Radio 4"): the capitalised words
     * right after it that are no time, country, person or word of reporting (a headline's "Reuters Says"). -1 when they name something else ("Foreign Policy
     * Committee", "Reuters Institute"): then the listed name is no citation.
     */
    int listedNameEnd(int first, int end, int to) {
        if (TokenShapes.isPossessive(text, tokens, end - 1)) {
            return end;
        }
        int stop = end;
        while (stop < to && stop - first < MAX_NAME_WORDS + 1 && pieces.isPiece(stop) && tokens.start(stop) > tokens.end(stop - 1)
                && !lexicon.isTimeWord(tokens.norm(stop)) && !lexicon.isCue(tokens.norm(stop)) && !country[stop] && !person[stop]) {
            if (lexicon.isNotOutletWord(tokens.norm(stop))) {
                return -1;
            }
            stop++;
            if (TokenShapes.isPossessive(text, tokens, stop - 1)) {
                break;
            }
        }
        while (stop > end && !tokens.isCapitalized(stop - 1) && !Character.isDigit(tokens.firstChar(stop - 1))) {
            stop--;
        }
        return stop;
    }

    /** "(Reuters) -" after a dateline: the credit of the agency that wrote the article, not a citation. */
    boolean isCredit(int first, int end) {
        return first > 0 && tokens.is(first - 1, "(") && tokens.is(end, ")") && end + 1 < tokens.size()
                && "-\u2013\u2014".indexOf(tokens.firstChar(end + 1)) >= 0;
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
        int timeWords = 0;
        for (int k = name.first(); k < name.endToken(); k++) {
            if (!tokens.isWord(k) || tokens.is(k, "the") || !tokens.isCapitalized(k) && lexicon.isConnector(tokens.norm(k))) {
                continue;
            }
            if (lexicon.isNotOutletWord(tokens.norm(k)) && !domain || person[k]) {
                return false;
            }
            words++;
            outletWord |= lexicon.isOutletWord(tokens.norm(k));
            countryWord |= country[k];
            timeWords += lexicon.isTimeWord(tokens.norm(k)) ? 1 : 0;
        }
        if (countryWord && !outletWord || timeWords == words) {
            return false;
        }
        return !(words == 1 && name.first() == sentenceStart && !outletWord && !domain);
    }

    /**
     * Whether a name cited with weak grammar ("according to X") still reads as an outlet. After "told" a name in
     * capitals does ("told DR", "told LBC"): bodies in capitals that people speak to are no outlet words (NATO).
     */
    boolean looksLikeOutlet(Name name, int sentenceStart, boolean told) {
        if (told && isUpperCase(name.start(), name.end()) || TokenShapes.hasDomain(tokens, name.first(), name.endToken()) || name.capitalThe() && name.first() > sentenceStart || isApposedOutletKind(name.endToken())) {
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
