package org.claimboard.extraction.pledge;

import java.util.Set;

/**
 * The closed-class words the subject search and the actor rules read: pronouns, prepositions, determiners,
 * quantifiers, and the few words that may follow a stance with no complement.
 */
final class SubjectWords {

    static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");
    /** "his country", "her government": the country of the person just named. */
    static final Set<String> STANDS_FOR_OWNER = Set.of("country", "government", "nation");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its");
    /** "the summit in Paris": a city after these is where, not who. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "into", "outside",
            "inside", "across", "for", "with", "against");
    static final Set<String> RELATIVES = Set.of("which", "who", "that", "whose");
    static final Set<String> NP_GLUE = Set.of("the", "and", "or", "&", "both", "so-called", "of", "'s", "as",
            "well");
    static final Set<String> NOUN_PREMODIFIERS = Set.of("the", "a", "an", "their", "its", "his", "her",
            "some", "any", "same", "similar", "much", "great", "growing", "strong", "serious", "deep", "certain",
            "considerable", "more", "no", "clear", "initial", "public", "this", "that");

    /** A subject naming several countries at once: with a number or one of the modifiers, the coalition. */
    static final Set<String> COUNTRY_GROUPS = Set.of("countries", "nations", "allies", "states", "partners",
            "members", "governments", "capitals");
    /** "will take part once a truce holds", "would join too": what may follow a verb of joining with no object. */
    static final Set<String> AFTER_BARE_VERB = Set.of("either", "too", "once", "if", "after", "when", "provided",
            "as", "alongside", "only", "unless", "with", "without", "since", "yet", "and");
    /** "ruled it out almost at once": adverbs that may follow a stance with no complement. */
    static final Set<String> TRAILING_ADVERBS = Set.of("almost", "again", "now", "then", "already", "later", "soon",
            "instead", "too", "for", "so", "far");
    /** "some participating countries": a part of the group, not the coalition. */
    static final Set<String> PART_OF = Set.of("some", "most", "few", "several", "many", "other", "of");
    static final Set<String> GROUP_MODIFIERS = Set.of("allied", "coalition", "participating", "contributing",
            "the", "its", "their", "european", "western");

    private SubjectWords() {
    }
}
