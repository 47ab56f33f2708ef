package org.claimboard.extraction.number;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.text.VerbForms;

/** The word lists the troop-count finder reads, loaded once; immutable after construction. */
final class TroopWords {

    enum Condition { ANY, FORCE_CONTEXT, LARGE }

    private static final Set<String> CURRENCY = Set.of("$", "€", "£", "¥", "₽", "₴", "usd", "eur", "gbp", "us$");
    private static final Set<String> YEAR_LEAD = Set.of("in", "since", "by", "until", "till", "from", "during",
            "before", "after", "early", "late", "mid", "of", "the", "year", "spring", "summer", "autumn", "winter",
            "fall", "through");
    private static final Set<String> OF_FOLLOWERS = Set.of("its", "their", "his", "her", "our", "the", "these",
            "those", "whose");

    private static final int FORCE_LOOKBACK = 4;
    private static final Set<String> SIZE_LINKS = Set.of("of", "is", "was", "be", "are", "at", "numbering",
            "totalling", "totaling", ":", "reach", "reaching");
    private static final Set<String> FORCE_HEADS = Set.of("force", "forces", "contingent", "deployment", "mission",
            "troops", "personnel", "size", "strength", "army", "soldiers", "brigade", "battalion", "division",
            "corps");
    private static final Set<String> AFTER_SIZE = Set.of("and", "to", "in", "for", "with", "from", "by", "under",
            "would", "will", "is", "was", "who", "that", "which", "on", "at", "as", "or", "each");

    private final Map<String, Condition> personnel = new HashMap<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Set<String> forceWords = new HashSet<>();
    private final Set<String> months = new HashSet<>();
    private final PhraseMatcher<Qualifier> qualifiers = new PhraseMatcher<>();
    private final Set<String> supplyVerbs = new HashSet<>();

    TroopWords() {
        for (String[] row : Lexicon.rows("personnel-nouns.tsv")) {
            personnel.put(row[0], Condition.valueOf(row[1]));
        }
        modifiers.addAll(Lexicon.words("troop-modifiers.tsv"));
        forceWords.addAll(Lexicon.words("force-words.tsv"));
        for (String month : Lexicon.words("months.tsv")) {
            months.add(Tokens.normalize(month));
        }
        for (String[] row : Lexicon.rows("troop-qualifiers.tsv")) {
            qualifiers.add(row[0], Qualifier.valueOf(row[1]));
        }
        VerbForms verbs = new VerbForms();
        for (String verb : Lexicon.words("deployment-verbs.tsv")) {
            supplyVerbs.addAll(verbs.of(verb));
        }
    }

    /** "provide", "supplied", "field": verbs whose object may be a bare number of the forces named before. */
    boolean isSupplyVerb(String norm) {
        return supplyVerbs.contains(norm);
    }

    /** Personnel nouns may be two words ("service members"); returns how many tokens match, 0 when none. */
    int personnelAt(Tokens tokens, int i, int to) {
        if (i + 1 < to && personnel.containsKey(tokens.norm(i) + " " + tokens.norm(i + 1))) {
            return 2;
        }
        return i < to && personnel.containsKey(tokens.norm(i)) ? 1 : 0;
    }

    Condition condition(Tokens tokens, int i, int length) {
        String key = length == 2 ? tokens.norm(i) + " " + tokens.norm(i + 1) : tokens.norm(i);
        return personnel.get(key);
    }

    Condition suffixCondition(String suffix) {
        return suffix == null ? null : personnel.get(suffix);
    }

    /** A word that may stand between a number and its noun: listed, a capitalised name ("British"), or an adjective. */
    boolean isModifier(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return false;
        }
        String norm = tokens.norm(i);
        if (modifiers.contains(norm)) {
            return true;
        }
        if (tokens.isCapitalized(i) && !months.contains(norm)) {
            return true;
        }
        return norm.length() > 5 && (norm.endsWith("ian") || norm.endsWith("ish") || norm.endsWith("nal")
                || norm.endsWith("ese"));
    }

    boolean isOfFollower(String norm) {
        return OF_FOLLOWERS.contains(norm);
    }

    boolean isForceWord(String norm) {
        return forceWords.contains(norm);
    }

    boolean isMonth(Tokens tokens, int i) {
        return i >= 0 && i < tokens.size() && tokens.isCapitalized(i) && months.contains(tokens.norm(i));
    }

    boolean isCurrency(Tokens tokens, int i) {
        return i >= 0 && CURRENCY.contains(tokens.norm(i));
    }

    boolean isYearLead(Tokens tokens, int i) {
        return i < 0 || YEAR_LEAD.contains(tokens.norm(i)) || isMonth(tokens, i);
    }

    /** A qualifier phrase ending right before token {@code end}, as [firstToken, qualifier], or null. */
    PhraseMatcher.Match<Qualifier> qualifierEndingAt(Tokens tokens, int end) {
        for (int from = Math.max(0, end - 3); from < end; from++) {
            PhraseMatcher.Match<Qualifier> match = qualifiers.longestAt(tokens, from, end);
            if (match != null && match.endToken() == end) {
                return match;
            }
        }
        return null;
    }

    /** "a force of 30,000", "the size of the peacekeeping force is 30,000": a bare number naming a force's size. */
    boolean givesForceSize(Tokens tokens, int numberStart, int end) {
        int link = numberStart - 1;
        if (link < 0 || !SIZE_LINKS.contains(tokens.norm(link))) {
            return false;
        }
        if (end < tokens.size() && tokens.isWord(end) && !AFTER_SIZE.contains(tokens.norm(end))) {
            return false;
        }
        for (int k = link - 1; k >= Math.max(0, link - FORCE_LOOKBACK); k--) {
            if (FORCE_HEADS.contains(tokens.norm(k))) {
                return true;
            }
            if (!tokens.isWord(k)) {
                return false;
            }
        }
        return false;
    }
}
