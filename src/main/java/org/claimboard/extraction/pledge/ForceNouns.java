package org.claimboard.extraction.pledge;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Lexicon;

/** The nouns of forces and their roles, from {@code force-nouns.tsv}. */
final class ForceNouns {

    private enum Role { FORCES, CONTRIBUTION, WHOLE }

    private final Map<String, Set<Role>> roles = new HashMap<>();

    ForceNouns() {
        for (String[] row : Lexicon.rows("force-nouns.tsv")) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (String role : row[1].split(",")) {
                set.add(Role.valueOf(role.strip()));
            }
            roles.put(row[0], set);
        }
    }

    /** "soldiers", "marines", "army": people or units sent. */
    boolean forces(String norm) {
        return has(norm, Role.FORCES);
    }

    /** "participation", "presence": what a country gives. */
    boolean contribution(String norm) {
        return has(norm, Role.CONTRIBUTION);
    }

    /** "force", "contingent": the force as a whole. */
    boolean wholeForce(String norm) {
        return has(norm, Role.WHOLE);
    }

    private boolean has(String norm, Role role) {
        Set<Role> set = roles.get(norm);
        return set != null && set.contains(role);
    }
}
