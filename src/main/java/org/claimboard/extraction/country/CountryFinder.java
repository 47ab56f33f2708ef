package org.claimboard.extraction.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.CountryMention.Via;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.text.Stems;

/**
 * Finds the countries the text refers to: by name, demonym, capital or seat standing for the government,
 * or a leader in office. A capital named only as a venue ("a summit in Paris", "the Paris summit") or in a
 * dateline does not count; organisations ("European Union", "NATO") are simply not in the word lists.
 */
public final class CountryFinder implements ExtractionStep {

    private final CountryLexicon lexicon = new CountryLexicon();

    @Override
    public void apply(Document doc) {
        doc.setCountries(find(doc.text(), doc.tokens(), doc.input().published()));
    }

    public List<CountryMention> find(String text, Tokens raw, LocalDate published) {
        Tokens tokens = Stems.withoutPossessives(text, raw);
        int n = tokens.size();
        boolean[] masked = new boolean[n];
        for (PhraseMatcher.Match<Boolean> m : lexicon.masks.findAll(tokens)) {
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                masked[k] = true;
            }
        }
        List<CountryMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (masked[i]) {
                i++;
                continue;
            }
            PhraseMatcher.Match<CountryEntry> m = lexicon.phrases.longestAt(tokens, i, n);
            if (m != null && accepts(m, text, tokens, published)) {
                mentions.add(new CountryMention(m.value().code(), m.value().via(), m.start(), m.end()));
                i = m.endToken();
                continue;
            }
            if (m == null) {
                addHyphenParts(text, tokens.start(i), tokens.end(i), mentions);
            }
            i++;
        }
        return mentions;
    }

    private boolean accepts(PhraseMatcher.Match<CountryEntry> m, String text, Tokens tokens, LocalDate published) {
        CountryEntry entry = m.value();
        if (entry.allCaps() && !CountryEntry.isAllCaps(text.substring(m.start(), m.end()))) {
            return false;
        }
        if (m.end() < text.length() && Character.getType(text.charAt(m.end())) == Character.CURRENCY_SYMBOL) {
            return false; // "US$50 billion" is money, not the country
        }
        if (entry.leader() != null && entry.leader().countryOn(published) == null) {
            return false;
        }
        if (entry.ambiguous() && nextToName(text, tokens, m.firstToken(), m.endToken())) {
            return false;
        }
        return !entry.city() || !isVenue(text, tokens, m.firstToken(), m.endToken());
    }

    /** A capital that is only the place of something: after a venue word, before a meeting noun, in a dateline. */
    private boolean isVenue(String text, Tokens tokens, int first, int end) {
        if (first > 0 && lexicon.isVenueWordBefore(tokens.norm(first - 1))) {
            return true;
        }
        if (end < tokens.size() && lexicon.isVenueWordAfter(tokens.norm(end))) {
            return true;
        }
        return TextShape.startsLine(text, tokens, first) && isDateline(text, tokens, first, end);
    }

    /**
     * "PARIS, 6 January –", "LONDON (Reuters) -", "Kyiv —", "Kyiv, April 10": a place opening a line, then a dash,
     * a credit, or (after a comma) a date; in capitals, any comma will do.
     */
    private boolean isDateline(String text, Tokens tokens, int first, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        char next = tokens.firstChar(end);
        if ("(\u2013\u2014-".indexOf(next) >= 0) {
            return true;
        }
        if (TextShape.isUpperCase(text, tokens.start(first), tokens.end(end - 1))) {
            return next == ',';
        }
        return next == ',' && end + 1 < tokens.size()
                && (Character.isDigit(tokens.firstChar(end + 1)) || lexicon.isMonth(tokens.norm(end + 1)));
    }

    /** Whether a capitalised word right before or after makes the phrase part of a name ("Michael Jordan"). */
    private static boolean nextToName(String text, Tokens tokens, int first, int end) {
        boolean before = first > 0 && tokens.isCapitalized(first - 1) && tokens.isWord(first - 1)
                && !TextShape.startsSentence(text, tokens, first - 1);
        boolean after = end < tokens.size() && tokens.isCapitalized(end) && tokens.isWord(end)
                && tokens.start(end) > tokens.end(end - 1) && !TextShape.startsLine(text, tokens, end);
        return before || after;
    }

    /** "Russian-Ukrainian" gives RU and UA, "US-led" gives US, "London-based" nothing. */
    private void addHyphenParts(String text, int start, int end, List<CountryMention> mentions) {
        int partStart = start;
        for (int k = start; k <= end; k++) {
            if (k == end || isHyphen(text.charAt(k))) {
                if (partStart == start && k == end) {
                    return;
                }
                CountryEntry entry = partStart < k ? lexicon.singleWords.get(Tokens.normalize(text.substring(partStart, k))) : null;
                if (entry != null && casingFits(entry, text, partStart, k) && !(entry.city() && nextPartIsVenue(text, k, end))) {
                    mentions.add(new CountryMention(entry.code(), entry.via(), partStart, k));
                }
                partStart = k + 1;
            }
        }
    }

    private boolean nextPartIsVenue(String text, int hyphen, int end) {
        int k = hyphen + 1;
        while (k < end && !isHyphen(text.charAt(k))) {
            k++;
        }
        return hyphen < end && lexicon.isVenueWordAfter(Tokens.normalize(text.substring(hyphen + 1, k)));
    }

    private static boolean casingFits(CountryEntry entry, String text, int from, int to) {
        if (entry.allCaps()) {
            return CountryEntry.isAllCaps(text.substring(from, to));
        }
        return Character.isUpperCase(text.charAt(from));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
