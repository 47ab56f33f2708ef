package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.text.VerbForms;

/**
 * The predicate lexicon ({@code stance-lexicon.tsv}) read into a phrase matcher: each pattern by lemma stands for
 * every inflected form ("{rule} out" matches "is ruling out", "ruled out"), and a phrasal verb also with a pronoun
 * object between verb and particle ("ruled it out").
 */
final class StanceLexicon {

    /** One row of the lexicon with the example it carries and what the example must give. */
    record Entry(String pattern, PledgeWords.StancePhrase phrase, String example, String expected) {
    }

    private static final Set<String> PARTICLES = Set.of("out", "back", "down", "up", "away", "off");
    /** What may stand between a verb and its particle: "ruled it out", "ruled the idea out". */
    private static final List<String> OBJECT_PRONOUNS = List.of("it", "that", "this", "them", "the idea",
            "the plan", "the possibility", "the option");

    private StanceLexicon() {
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : Lexicon.rows("stance-lexicon.tsv")) {
            Stance stance = row[1].equals("IGNORE") ? null : Stance.valueOf(row[1]);
            PledgeWords.StancePhrase phrase = new PledgeWords.StancePhrase(stance, PledgeWords.Form.valueOf(row[2]));
            entries.add(new Entry(row[0], phrase, row.length > 3 ? row[3] : null, row.length > 4 ? row[4] : null));
        }
        return entries;
    }

    static PhraseMatcher<PledgeWords.StancePhrase> matcher(VerbForms verbs) {
        PhraseMatcher<PledgeWords.StancePhrase> matcher = new PhraseMatcher<>();
        for (Entry entry : entries()) {
            for (String phrase : expand(entry.pattern(), verbs)) {
                matcher.add(phrase, entry.phrase());
            }
        }
        return matcher;
    }

    /** Every phrase a pattern stands for. */
    static List<String> expand(String pattern, VerbForms verbs) {
        String[] words = pattern.split(" ");
        List<String> phrases = List.of("");
        for (String word : words) {
            List<String> next = new ArrayList<>();
            Set<String> forms = word.startsWith("{") && word.endsWith("}")
                    ? verbs.of(word.substring(1, word.length() - 1)) : Set.of(word);
            for (String prefix : phrases) {
                for (String form : forms) {
                    next.add(prefix.isEmpty() ? form : prefix + " " + form);
                }
            }
            phrases = next;
        }
        if (words.length == 2 && words[0].startsWith("{") && PARTICLES.contains(words[1])) {
            List<String> withObjects = new ArrayList<>(phrases);
            for (String phrase : phrases) {
                String verb = phrase.substring(0, phrase.lastIndexOf(' '));
                OBJECT_PRONOUNS.forEach(o -> withObjects.add(verb + " " + o + " " + words[1]));
            }
            phrases = withObjects;
        }
        return phrases;
    }
}
