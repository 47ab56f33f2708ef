package org.claimboard.extraction.outlet;

import java.util.HashSet;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/** The curated outlets and the words of citing, read once; read-only afterwards. */
final class OutletLexicon {

    /** A listed outlet's canonical name, and whether the matched alias is written in capitals ("FT"). */
    record Listed(String canonical, boolean allCaps) {
    }

    /** BEFORE_TOLD: "told", "speaking to": people speak to outlets, and to few other bodies named in capitals. */
    enum Grammar { AFTER_STRONG, AFTER_WEAK, BEFORE_STRONG, BEFORE_WEAK, BEFORE_TOLD }

    final PhraseMatcher<Listed> outlets = new PhraseMatcher<>();
    final PhraseMatcher<Grammar> after = new PhraseMatcher<>();
    final PhraseMatcher<Grammar> before = new PhraseMatcher<>();
    /** Nouns for a kind of outlet ("broadcaster", "news agency"). */
    final PhraseMatcher<Boolean> kinds = new PhraseMatcher<>();
    private final Set<String> cues = new HashSet<>();
    private final Set<String> skips = new HashSet<>();
    private final Set<String> times = new HashSet<>();
    private final Set<String> outletWords = new HashSet<>();
    private final Set<String> notOutletWords = new HashSet<>();
    private final Set<String> outletEndings = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();

    OutletLexicon() {
        for (String[] row : Lexicon.rows("outlets.tsv")) {
            for (String name : row) {
                addOutlet(row[0], name);
            }
        }
        for (String[] row : Lexicon.rows("reporting-words.tsv")) {
            switch (row[0]) {
                case "cue" -> cues.add(row[1]);
                case "skip" -> skips.add(row[1]);
                case "time" -> times.add(row[1]);
                case "noun" -> {
                    before.add(row[1], Grammar.BEFORE_STRONG);
                    kinds.add(row[1], Boolean.TRUE);
                }
                case "after-strong" -> after.add(row[1], Grammar.AFTER_STRONG);
                case "after-weak" -> after.add(row[1], Grammar.AFTER_WEAK);
                case "before-strong" -> before.add(row[1], Grammar.BEFORE_STRONG);
                case "before-weak" -> before.add(row[1], Grammar.BEFORE_WEAK);
                case "before-told" -> before.add(row[1], Grammar.BEFORE_TOLD);
                default -> throw new IllegalStateException("unknown kind in reporting-words.tsv: " + row[0]);
            }
        }
        for (String w : Lexicon.words("outlet-words.txt")) {
            if (w.startsWith("-")) {
                outletEndings.add(Tokens.normalize(w.substring(1)));
            } else {
                outletWords.add(Tokens.normalize(w));
            }
        }
        Lexicon.words("name-connectors.txt").forEach(w -> connectors.add(Tokens.normalize(w)));
        Lexicon.words("not-outlets.txt").forEach(w -> notOutletWords.add(Tokens.normalize(w)));
    }

    /** "The Times" is matched as "the Times" (any case of "the"); "The Financial Times" also as "Financial Times". */
    private void addOutlet(String canonical, String name) {
        Listed listed = new Listed(canonical, isAllCaps(name));
        if (name.startsWith("The ")) {
            String rest = name.substring(4);
            outlets.add("the " + rest, listed);
            if (rest.indexOf(' ') > 0) {
                outlets.add(rest, listed);
            }
        } else {
            outlets.add(name, listed);
        }
    }

    static boolean isAllCaps(String name) {
        int letters = 0;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters > 1;
    }

    boolean isCue(String norm) {
        return cues.contains(norm);
    }

    boolean isSkip(String norm) {
        return skips.contains(norm);
    }

    boolean isTimeWord(String norm) {
        return times.contains(norm);
    }

    /** A word of outlets' names ("News", "Gazeta"), or a compound ending in one ("Defensiekrant"). */
    boolean isOutletWord(String norm) {
        if (outletWords.contains(norm)) {
            return true;
        }
        for (String ending : outletEndings) {
            if (norm.length() > ending.length() + 2 && norm.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word inside a name ("della" in "Corriere della Sera"). */
    boolean isConnector(String norm) {
        return connectors.contains(norm);
    }

    boolean isNotOutletWord(String norm) {
        return notOutletWords.contains(norm);
    }
}
