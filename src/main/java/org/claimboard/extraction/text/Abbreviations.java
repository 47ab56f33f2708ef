package org.claimboard.extraction.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Lexicon;

/** The abbreviation list and the typical sentence openers, read once from the data files. */
final class Abbreviations {

    enum Kind { TITLE, NUMBER, MAYBE }

    private final Map<String, Kind> kinds;
    private final Set<String> starters;

    private Abbreviations(Map<String, Kind> kinds, Set<String> starters) {
        this.kinds = kinds;
        this.starters = starters;
    }

    static Abbreviations load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String[] row : Lexicon.rows("abbreviations.tsv")) {
            kinds.put(row[0].toLowerCase(Locale.ROOT), Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        Set<String> starters = new HashSet<>(Lexicon.words("sentence-starters.txt"));
        return new Abbreviations(Map.copyOf(kinds), Set.copyOf(starters));
    }

    /** The kind of a lower-case abbreviation without its final dot, or null when it is not one. */
    Kind kindOf(String word) {
        return kinds.get(word);
    }

    boolean isSentenceStarter(String normalizedWord) {
        return starters.contains(normalizedWord);
    }
}
