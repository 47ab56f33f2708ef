package org.claimboard.extraction.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Lexicon;

/**
 * The inflected forms of an English verb from its lemma: base, third person, past, past participle and
 * present participle. Irregular verbs and verbs that double their last consonant come from
 * {@code verb-forms.tsv}; the rest follow the spelling rules ("rule" → "ruled", "ruling"; "weigh" → "weighs").
 * A table, not a lemmatizer: OpenNLP's lemmatizer is slow and turns "ruled" into "rul".
 */
public final class VerbForms {

    private final Map<String, List<String>> irregular = new HashMap<>();

    public VerbForms() {
        for (String[] row : Lexicon.rows("verb-forms.tsv")) {
            irregular.put(row[0], List.of(row).subList(1, row.length));
        }
    }

    /** Every form of {@code lemma}, the lemma first; a word that is no verb yields its regular forms anyway. */
    public Set<String> of(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        List<String> listed = irregular.get(lemma);
        if (listed != null) {
            forms.addAll(listed);
            return forms;
        }
        forms.add(thirdPerson(lemma));
        forms.add(past(lemma));
        forms.add(presentParticiple(lemma));
        return forms;
    }

    static String thirdPerson(String lemma) {
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z") || lemma.endsWith("ch")
                || lemma.endsWith("sh") || lemma.endsWith("o")) {
            return lemma + "es";
        }
        return consonantY(lemma) ? lemma.substring(0, lemma.length() - 1) + "ies" : lemma + "s";
    }

    static String past(String lemma) {
        if (lemma.endsWith("e")) {
            return lemma + "d";
        }
        return consonantY(lemma) ? lemma.substring(0, lemma.length() - 1) + "ied" : lemma + "ed";
    }

    static String presentParticiple(String lemma) {
        if (lemma.endsWith("e") && !lemma.endsWith("ee") && lemma.length() > 2) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        return lemma + "ing";
    }

    private static boolean consonantY(String word) {
        return word.length() > 2 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
    }
}
