package org.claimboard.extraction.outlet;

import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Tokens;

/** Reads capitalised names next to reporting words in one article, and judges whether they can be outlets. */
final class NameSpans {

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_SKIPPED = 3;

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
        while (first > from && words < MAX_NAME_WORDS && isNamePiece(first - 1)) {
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

    /** A capitalised word, or a dot joining two words without spaces ("Caliber.Az"). */
    private boolean isNamePiece(int k) {
        if (tokens.isWord(k)) {
            return tokens.isCapitalized(k) && !tokens.is(k, "the");
        }
        return tokens.firstChar(k) == '.' && k > 0 && k + 1 < tokens.size()
                && tokens.end(k - 1) == tokens.start(k) && tokens.end(k) == tokens.start(k + 1) && tokens.isWord(k + 1);
    }

    /** Not a person, country or government body, and not a lone capitalised word opening the sentence. */
    boolean isOutletName(Name name, int sentenceStart) {
        int words = 0;
        boolean outletWord = false;
        boolean countryWord = false;
        for (int k = name.first(); k < name.endToken(); k++) {
            if (!tokens.isWord(k) || tokens.is(k, "the")) {
                continue;
            }
            if (lexicon.isNotOutletWord(tokens.norm(k)) || person[k]) {
                return false;
            }
            words++;
            outletWord |= lexicon.isOutletWord(tokens.norm(k));
            countryWord |= country[k];
        }
        if (countryWord && !outletWord) {
            return false;
        }
        return !(words == 1 && name.first() == sentenceStart && !outletWord && !hasDot(name));
    }

    /** Whether a name cited with weak grammar ("according to X") still reads as an outlet. */
    boolean looksLikeOutlet(Name name, int sentenceStart) {
        if (hasDot(name) || name.capitalThe() && name.first() > sentenceStart) {
            return true;
        }
        for (int k = name.first(); k < name.endToken(); k++) {
            if (lexicon.isOutletWord(tokens.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDot(Name name) {
        return name.text().indexOf('.') > 0;
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
