package org.claimboard.extraction.pledge;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/**
 * Whether a stance is about sending forces: named tests, any one of which suffices. Without one, "ready to
 * talk" or "refused to sign the trade deal" would count.
 */
final class ForceTopic {

    private record Test(String name, Predicate<Reading> holds) {
    }

    /** A stance with the forces named in its clause ({@code evidence}). */
    record Reading(StanceReading stance, List<PhraseMatcher.Match<ForceKind>> evidence) {
    }

    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");

    private final List<Test> tests = List.of(
            new Test("forces named in the clause: troops, a contingent, air patrols", r -> !r.evidence().isEmpty()),
            new Test("a troop count in the clause", r -> !r.stance().counts().isEmpty()),
            new Test("the coalition named in the clause",
                    r -> r.stance().coalitionNamed(r.stance().clause().from(), r.stance().clause().to())),
            new Test("joining with no object: 'declined to take part', 'will contribute once'",
                    r -> bareParticipation(r.stance())),
            new Test("a stance with no complement: 'Belgium is on board.', 'ruled it out at once'",
                    r -> bareStance(r.stance())));

    boolean concerns(Reading reading) {
        for (Test test : tests) {
            if (test.holds().test(reading)) {
                return true;
            }
        }
        return false;
    }


    private static boolean bareParticipation(StanceReading r) {
        Tokens tokens = r.tokens();
        Clauses.Clause clause = r.clause();
        for (int k = clause.from(); k < clause.to(); k++) {
            boolean participates = tokens.is(k, "participate") || tokens.is(k, "join") || tokens.is(k, "contribute")
                    || tokens.is(k, "part") && k > 0 && TAKE.contains(tokens.norm(k - 1));
            if (participates && (k + 1 >= clause.to() || !tokens.isWord(k + 1)
                    || SubjectWords.AFTER_BARE_VERB.contains(tokens.norm(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean bareStance(StanceReading r) {
        StanceSpotter.Hit hit = r.hit();
        if (hit.modal() || hit.form() != PledgeWords.Form.VERB && hit.form() != PledgeWords.Form.PREDICATE) {
            return false;
        }
        Tokens tokens = r.tokens();
        int to = r.clause().to();
        int next = hit.end();
        while (next < to && (tokens.norm(next).endsWith("ly") && tokens.norm(next).length() > 3
                || SubjectWords.TRAILING_ADVERBS.contains(tokens.norm(next)))) {
            next++;
        }
        return next >= to || !tokens.isWord(next) && !tokens.is(next, "'s")
                || SubjectWords.AFTER_BARE_VERB.contains(tokens.norm(next));
    }
}
