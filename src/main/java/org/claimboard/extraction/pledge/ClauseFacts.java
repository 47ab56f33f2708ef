package org.claimboard.extraction.pledge;

import java.util.List;

import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.TroopCount;

/** The troop count and the kind of force that go with a stance in its clause, found by binary search. */
final class ClauseFacts {

    private ClauseFacts() {
    }

    /** The sentence's counts that start inside the clause (binary search: counts are in text order). */
    static List<TroopCount> countsIn(List<TroopCount> counts, Tokens tokens, Clauses.Clause clause) {
        return counts.subList(firstFrom(counts, tokens.start(clause.from())),
                firstFrom(counts, tokens.end(clause.to() - 1)));
    }

    private static int firstFrom(List<TroopCount> counts, int offset) {
        int lo = 0;
        int hi = counts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (counts.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first count at or after the stance phrase (binary search: counts are in text order), else the first. */
    static TroopCount countFor(Tokens tokens, List<TroopCount> counts, StanceSpotter.Hit hit) {
        int at = firstFrom(counts, tokens.start(hit.first()));
        return at < counts.size() ? counts.get(at) : counts.isEmpty() ? null : counts.get(0);
    }

    /** The kind named first at or after the stance phrase, else the first in the clause; troops by default. */
    static ForceKind kindFor(List<PhraseMatcher.Match<ForceKind>> evidence, StanceSpotter.Hit hit) {
        int lo = 0;
        int hi = evidence.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (evidence.get(mid).firstToken() < hit.first()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < evidence.size()) {
            return evidence.get(lo).value();
        }
        return evidence.isEmpty() ? ForceKind.TROOPS : evidence.get(0).value();
    }
}
