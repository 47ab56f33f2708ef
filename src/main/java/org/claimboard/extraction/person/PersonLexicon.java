package org.claimboard.extraction.person;

import java.util.HashSet;
import java.util.Set;

import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/** Role words, words that are never part of a name, and the known people, read once. */
final class PersonLexicon {

    enum RoleKind { ROLE, HONORIFIC, NOT_ROLE }

    private static final Set<String> PARTICLES = Set.of("von", "der", "van", "den", "de", "da", "di", "del", "la",
            "le", "bin", "al", "ibn", "dos", "du");

    final PhraseMatcher<RoleKind> roles = new PhraseMatcher<>();
    final PhraseMatcher<KnownPeople.Person> known = new PhraseMatcher<>();
    private final Set<String> notNames = new HashSet<>();

    PersonLexicon() {
        for (String[] row : Lexicon.rows("roles.tsv")) {
            roles.add(row[0], RoleKind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        }
        Lexicon.words("not-names.txt").forEach(w -> notNames.add(Tokens.normalize(w)));
        for (KnownPeople.Person person : KnownPeople.load().all()) {
            known.add(person.name(), person);
            person.otherNames().forEach(other -> known.add(other, person));
        }
    }

    boolean isNotName(String norm) {
        return notNames.contains(norm);
    }

    static boolean isParticle(String norm) {
        return PARTICLES.contains(norm);
    }
}
