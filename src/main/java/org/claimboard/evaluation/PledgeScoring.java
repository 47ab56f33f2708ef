package org.claimboard.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.claimboard.extraction.Pledge;

/**
 * Pledges reduce to the set of (actor, stance) pairs. A required gold pledge is found when a pair has its actor
 * and one of its statuses; a pair matching no gold pledge, required or optional, is a false positive.
 * Troop numbers: of the required gold pledges with troops, the share found with actor, status and number.
 */
final class PledgeScoring {

    private PledgeScoring() {
    }

    private record Pair(String actor, String stance) {
        @Override
        public String toString() {
            return actor + " " + stance;
        }
    }

    static void score(List<Gold.Pledge> gold, List<Pledge> system, String file, Evaluation into) {
        Set<Pair> pairs = new LinkedHashSet<>();
        system.forEach(p -> pairs.add(new Pair(p.actor(), p.stance().name())));
        Metric metric = into.metric(Evaluation.PLEDGES);
        for (Pair pair : pairs) {
            boolean right = gold.stream().anyMatch(g -> matches(g, pair));
            metric.system(right);
            if (!right) {
                into.miss(Evaluation.PLEDGES, file, "extra " + pair);
            }
        }
        Metric numbers = into.metric(Evaluation.TROOP_NUMBERS);
        for (Gold.Pledge g : gold) {
            if (g.optional()) {
                continue;
            }
            boolean found = pairs.stream().anyMatch(pair -> matches(g, pair));
            metric.gold(found);
            if (!found) {
                into.miss(Evaluation.PLEDGES, file, "missing " + g.actor() + " " + g.status());
            }
            if (g.troops() != null) {
                boolean numberFound = system.stream().anyMatch(p -> p.actor().equals(g.actor())
                        && g.status().contains(p.stance().name()) && Objects.equals(p.troops(), g.troops()));
                numbers.gold(numberFound);
                if (!numberFound) {
                    into.miss(Evaluation.TROOP_NUMBERS, file,
                            "missing " + g.actor() + " " + g.status() + " " + g.troops());
                }
            }
        }
    }

    private static boolean matches(Gold.Pledge gold, Pair pair) {
        return gold.actor().equals(pair.actor()) && gold.status().contains(pair.stance());
    }
}
