package org.claimboard.extraction.country;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.CountryMention.Via;
import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.person.KnownPeople;

/**
 * Every phrase that names a country: English names from the JDK, aliases, demonyms, capitals and seats,
 * leaders; plus the phrases to mask (outlet names, "New Jersey") and the venue words. Built once, read-only.
 */
final class CountryLexicon {

    final PhraseMatcher<CountryEntry> phrases = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> masks = new PhraseMatcher<>();
    /** Single-word entries, for the parts of hyphenated words ("Russian-Ukrainian", "US-led"). */
    final Map<String, CountryEntry> singleWords = new HashMap<>();
    final Set<String> venueBefore = new HashSet<>();
    final Set<String> venueAfter = new HashSet<>();
    final Set<String> months = new HashSet<>();

    CountryLexicon() {
        Set<String> ambiguous = new HashSet<>();
        Lexicon.words("ambiguous-countries.txt").forEach(w -> ambiguous.add(Tokens.normalize(w)));
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            add(code, Via.NAME, cleanJdkName(name), false, ambiguous);
            if (name.contains("&")) {
                add(code, Via.NAME, cleanJdkName(name).replace("&", "and"), false, ambiguous);
            }
        }
        for (String[] row : Lexicon.rows("country-aliases.tsv")) {
            for (int k = 1; k < row.length; k++) {
                add(row[0], Via.NAME, row[k], false, ambiguous);
            }
        }
        for (String[] row : Lexicon.rows("demonyms.tsv")) {
            for (int k = 1; k < row.length; k++) {
                add(row[0], Via.DEMONYM, row[k], false, ambiguous);
            }
        }
        for (String[] row : Lexicon.rows("capitals.tsv")) {
            for (int k = 2; k < row.length; k++) {
                add(row[0], Via.CAPITAL, row[k], row[1].equals("capital"), ambiguous);
            }
        }
        for (KnownPeople.Person person : KnownPeople.load().all()) {
            if (person.country() != null) {
                addLeader(person, person.name());
                person.otherNames().forEach(other -> addLeader(person, other));
            }
        }
        Lexicon.words("not-countries.txt").forEach(phrase -> masks.add(phrase, Boolean.TRUE));
        for (String[] row : Lexicon.rows("outlets.tsv")) {
            for (String name : row) {
                masks.add(name, Boolean.TRUE);
            }
        }
        for (String[] row : Lexicon.rows("venue-words.tsv")) {
            switch (row[0]) {
                case "before" -> venueBefore.add(Tokens.normalize(row[1]));
                case "after" -> venueAfter.add(Tokens.normalize(row[1]));
                case "month" -> months.add(Tokens.normalize(row[1]));
                default -> throw new IllegalStateException("unknown kind in venue-words.tsv: " + row[0]);
            }
        }
    }

    /** "Myanmar (Burma)" -> "Myanmar", "Hong Kong SAR China" -> "Hong Kong", "Congo - Kinshasa" kept whole. */
    private static String cleanJdkName(String name) {
        String clean = name;
        int paren = clean.indexOf(" (");
        if (paren > 0) {
            clean = clean.substring(0, paren);
        }
        return clean.replace(" SAR China", "").strip();
    }

    private void add(String code, Via via, String phrase, boolean city, Set<String> ambiguous) {
        CountryEntry entry = CountryEntry.of(code, via, phrase, city, ambiguous.contains(Tokens.normalize(phrase)));
        phrases.add(phrase, entry);
        String norm = Tokens.normalize(phrase);
        if (isSingleWord(phrase)) {
            singleWords.putIfAbsent(norm, entry);
        }
    }

    private void addLeader(KnownPeople.Person person, String name) {
        phrases.add(name, new CountryEntry(person.country(), Via.LEADER, false, false, false, person));
    }

    private static boolean isSingleWord(String phrase) {
        for (int k = 0; k < phrase.length(); k++) {
            if (!Character.isLetter(phrase.charAt(k))) {
                return false;
            }
        }
        return !phrase.isEmpty();
    }

    boolean isVenueWordBefore(String norm) {
        return venueBefore.contains(norm);
    }

    boolean isMonth(String norm) {
        return months.contains(norm);
    }

    boolean isVenueWordAfter(String norm) {
        return venueAfter.contains(norm);
    }
}
