package org.claimboard.extraction.pledge;

import java.util.List;

import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.TroopCount;
import org.claimboard.extraction.claim.SentenceIndex;

/**
 * What the pledge rules read about one stance phrase: its sentence and clause, its subject as {@link ActorFinder}
 * found it, the clause's troop counts, the actors of the verb before it in the clause ({@code shared}), and the
 * country heading the sentence when it is a roundup's item ({@code label}).
 */
record StanceReading(Tokens tokens, TokenMentions mentions, SentenceIndex index, int sentence, int sentenceFrom,
                     Clauses.Clause clause, StanceSpotter.Hit hit, ActorFinder.Subject subject,
                     List<TroopCount> counts, List<String> shared, List<String> label) {

    /** How far after a stance phrase its object is looked for, in tokens; keeps long garbage lines linear. */
    static final int REACH = 40;

    /** The end of the stretch after the stance phrase where its object is looked for. */
    int objectEnd() {
        return Math.min(clause.to(), hit.end() + REACH);
    }

    boolean coalitionNamed(int from, int to) {
        for (int k = from; k < to; k++) {
            if (mentions.coalition(k)) {
                return true;
            }
        }
        return false;
    }

    boolean subjectIs(ActorFinder.Kind kind) {
        return subject.kind() == kind;
    }
}
