package org.claimboard.extraction.pledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.text.VerbForms;

/** The word lists the pledge finder reads, loaded once; immutable after construction. */
final class PledgeWords {

    /**
     * DENIAL: "denied reports that": the stances after it in the clause are denied, the phrase is none itself.
     * PREDICATE: a stance noun as a complement, "called it a possibility", "participation was a possibility".
     * REPORT: "promised that": no stance itself, the clause it introduces holds one.
     */
    enum Form { VERB, NOUN, PLAN, DENIAL, PREDICATE, REPORT }

    /** A listed phrase; a null stance marks a phrase that is no stance ("refused to comment"). */
    record StancePhrase(Stance stance, Form form) {
    }

    record Modal(Stance stance, Stance negated) {
    }

    final VerbForms verbs = new VerbForms();
    final PhraseMatcher<StancePhrase> stances = StanceLexicon.matcher(verbs);
    final PhraseMatcher<Modal> modals = new PhraseMatcher<>();
    final PhraseMatcher<ForceKind> evidence = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> coalition = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> clauseBreaks = new PhraseMatcher<>();
    final Map<String, Boolean> deploymentVerbs = new HashMap<>();
    final Set<String> negators = new HashSet<>(Lexicon.words("negators.tsv"));
    final Set<String> nonActors = new HashSet<>(Lexicon.words("non-actors.tsv"));
    final Set<String> subjectSkip = new HashSet<>(Lexicon.words("subject-skip.tsv"));
    final Set<String> agentNouns = new HashSet<>(Lexicon.words("agent-nouns.tsv"));
    final ForceNouns forceNouns = new ForceNouns();
    final Set<String> quotes = new HashSet<>(Lexicon.words("quotation-marks.txt"));
    /** "declined to give a figure": verbs whose "to" before them leaves no stance. */
    final Set<String> nonStanceComplements = new HashSet<>();
    final Set<String> numberWords = new HashSet<>(Lexicon.words("number-words.tsv"));
    final Set<String> speechVerbs = new HashSet<>(Lexicon.words("speech-verbs.tsv"));
    /** "called it a possibility", "described it as": verbs whose subject holds the stance of a complement. */
    final Set<String> attributionVerbs = new HashSet<>();

    PledgeWords() {
        for (String lemma : Lexicon.words("non-stance-complements.tsv")) {
            nonStanceComplements.addAll(verbs.of(lemma));
        }
        for (String lemma : Lexicon.words("attribution-verbs.tsv")) {
            attributionVerbs.addAll(verbs.of(lemma));
        }
        List<String[]> deployment = Lexicon.rows("deployment-verbs.tsv");
        deployment.forEach(row -> deploymentVerbs.put(row[0], row[1].equals("STRONG")));
        // then every form of each, where the list does not give it a strength of its own
        for (String[] row : deployment) {
            verbs.of(row[0]).forEach(form -> deploymentVerbs.putIfAbsent(form, row[1].equals("STRONG")));
        }
        for (String[] row : Lexicon.rows("modal-stances.tsv")) {
            modals.add(row[0], new Modal(Stance.valueOf(row[1]), Stance.valueOf(row[2])));
        }
        for (String[] row : Lexicon.rows("force-evidence.tsv")) {
            evidence.add(row[0], ForceKind.valueOf(row[1]));
        }
        for (String phrase : Lexicon.words("coalition-terms.tsv")) {
            coalition.add(phrase, Boolean.TRUE);
        }
        for (String phrase : Lexicon.words("clause-breaks.tsv")) {
            clauseBreaks.add(phrase, Boolean.TRUE);
        }
    }
}
