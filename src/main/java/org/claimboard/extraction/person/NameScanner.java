package org.claimboard.extraction.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/** Reads the name after a role word and the role phrase before it, over one article's tokens. */
final class NameScanner {

    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_ROLE_MODIFIERS = 4;
    /** Capitalised words that open a clause rather than modify a role ("However, Italian Prime Minister"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "however", "but", "and", "meanwhile",
            "afterwards", "earlier", "later", "then", "also", "as", "in", "on", "at", "by", "with", "when", "while");

    private final String text;
    private final Tokens raw;
    private final Tokens tokens;
    private final PersonLexicon lexicon;
    private final List<CountryMention> countries;
    private final int[] countryStarts;

    NameScanner(String text, Tokens raw, Tokens tokens, PersonLexicon lexicon, List<CountryMention> countries) {
        this.text = text;
        this.raw = raw;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.countries = countries;
        this.countryStarts = countries.stream().mapToInt(CountryMention::start).toArray();
    }

    /** The person named right after a role or honorific, or null. */
    PersonMention afterRole(PhraseMatcher.Match<PersonLexicon.RoleKind> role, LocalDate published) {
        boolean honorific = role.value() == PersonLexicon.RoleKind.HONORIFIC;
        int j = role.endToken();
        boolean punctuated = false;
        if (j < tokens.size() && !tokens.isWord(j) && tokens.end(j) - tokens.start(j) == 1) {
            char c = tokens.firstChar(j);
            if (honorific ? c != '.' : c != ',' && c != ':') {
                return null;
            }
            punctuated = !honorific;
            j++;
        }
        if (j >= tokens.size()) {
            return null;
        }
        PhraseMatcher.Match<KnownPeople.Person> known = lexicon.known.longestAt(tokens, j, tokens.size());
        int roleStart = roleStart(role.firstToken());
        String roleText = honorific ? null : text.substring(tokens.start(roleStart), role.end());
        String country = countryWithin(tokens.start(roleStart), role.end());
        if (known != null) {
            KnownPeople.Person p = known.value();
            return new PersonMention(p.name(), roleText != null ? roleText : p.role(),
                    country != null ? country : p.countryOn(published), known.start(), known.end());
        }
        int end = nameEnd(j);
        if (end == j || punctuated && end - j < 2) {
            return null;
        }
        return new PersonMention(text.substring(tokens.start(j), tokens.end(end - 1)), roleText, country,
                tokens.start(j), tokens.end(end - 1));
    }

    /** End (exclusive) of the run of name tokens starting at j. */
    private int nameEnd(int j) {
        int k = j;
        while (k < tokens.size() && k - j < MAX_NAME_TOKENS) {
            boolean particle = PersonLexicon.isParticle(tokens.norm(k)) && k + 1 < tokens.size()
                    && tokens.isCapitalized(k + 1);
            if (!particle && !isNameWord(k)) {
                break;
            }
            k++;
            if (raw.end(k - 1) != tokens.end(k - 1)) {
                break;
            }
        }
        while (k > j && PersonLexicon.isParticle(tokens.norm(k - 1))) {
            k--;
        }
        return k;
    }

    private boolean isNameWord(int k) {
        return tokens.isWord(k) && tokens.isCapitalized(k) && !lexicon.isNotName(tokens.norm(k))
                && !Character.isDigit(tokens.firstChar(k)) && !isPlaceOrPeople(tokens.start(k));
    }

    /**
     * Extends the role leftwards over capitalised modifiers: "Kremlin spokesman", "Lithuania Defense Minister";
     * not past a possessive ("Zelenskyy's chief of staff" is the chief of staff).
     */
    private int roleStart(int first) {
        int k = first;
        while (k > 0 && first - k < MAX_ROLE_MODIFIERS && tokens.isWord(k - 1) && tokens.isCapitalized(k - 1)
                && tokens.end(k - 1) < tokens.start(k) && !CLAUSE_OPENERS.contains(tokens.norm(k - 1))
                && raw.end(k - 1) == tokens.end(k - 1)) {
            k--;
        }
        return k;
    }

    private String countryWithin(int from, int to) {
        for (int k = firstCountryFrom(from); k < countries.size() && countries.get(k).start() < to; k++) {
            if (countries.get(k).end() <= to) {
                return countries.get(k).code();
            }
        }
        return null;
    }

    /** Whether the token starting at {@code start} names a country or its people (not a leader's name). */
    private boolean isPlaceOrPeople(int start) {
        int k = firstCountryFrom(start + 1) - 1;
        return k >= 0 && countries.get(k).end() > start && countries.get(k).via() != CountryMention.Via.LEADER;
    }

    /** Index of the first country mention starting at or after {@code offset} (mentions are in text order). */
    private int firstCountryFrom(int offset) {
        int k = Arrays.binarySearch(countryStarts, offset);
        if (k < 0) {
            return -k - 1;
        }
        while (k > 0 && countryStarts[k - 1] == offset) {
            k--;
        }
        return k;
    }
}
