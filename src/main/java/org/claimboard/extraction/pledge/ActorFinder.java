package org.claimboard.extraction.pledge;

import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Tokens;

/**
 * Finds who takes a stance: the subject before the stance phrase, read back over auxiliaries and adverbs
 * ("the UK is considering", "London has so far reportedly changed plans"), through an appositive or a relative
 * pronoun, and then over the whole subject phrase so that lists and titles count ("the UK, Poland and Germany",
 * "French President Macron and British Prime Minister Starmer", "the Swedish army"). A pronoun points back to
 * the nearest countries (it, they) or person (he, she). Prepositional objects ("to Ukraine") are never subjects.
 */
final class ActorFinder {

    /** ACTORS found; PRONOUN to resolve; NONE: the clause has no subject; SHARED: a verb coordinated with the
     * previous one ("expressed reluctance or have refused") shares its subject; OTHER: a subject naming no actor;
     * NON_ACTOR: a subject naming only countries that never pledge (Russia, Ukraine); GROUP: several countries
     * counted or named as members, the coalition when what they join is the coalition's force. */
    enum Kind { ACTORS, PRONOUN, NONE, SHARED, OTHER, NON_ACTOR, GROUP }

    /**
     * Who the subject names; {@code token} is where a pronoun stands (else -1); {@code relative} when it was
     * reached through a relative pronoun ("a contingent, which would be deployed").
     */
    record Subject(Kind kind, List<String> actors, int token, boolean relative) {
        static final Subject NONE = new Subject(Kind.NONE, List.of(), -1, false);
        static final Subject OTHER = new Subject(Kind.OTHER, List.of(), -1, false);
        static final Subject SHARED = new Subject(Kind.SHARED, List.of(), -1, false);

        Subject(Kind kind, List<String> actors, int token) {
            this(kind, actors, token, false);
        }

        Subject throughRelative() {
            return new Subject(kind, actors, token, true);
        }
    }

    private static final int APPOSITIVE_LIMIT = 14;
    private static final int PLACE_LIMIT = 4;

    private final PledgeWords words;
    private final SubjectPhrase phrases;

    ActorFinder(PledgeWords words) {
        this.words = words;
        this.phrases = new SubjectPhrase(words);
    }

    Subject subject(Tokens tokens, int from, StanceSpotter.Hit hit, TokenMentions mentions) {
        int k = hit.first() - 1;
        boolean namedAsNoun = k >= from
                && (SubjectWords.NOUN_PREMODIFIERS.contains(tokens.norm(k)) || tokens.norm(k).endsWith("'s"));
        boolean ownPlan = k >= from && SubjectWords.POSSESSIVE_PRONOUNS.contains(tokens.norm(k))
                || tokens.is(k, "their");
        if (hit.form() == PledgeWords.Form.PLAN && namedAsNoun && !ownPlan) {
            while (k >= from && SubjectWords.NOUN_PREMODIFIERS.contains(tokens.norm(k))
                    && !tokens.norm(k).equals("that")) {
                k--;
            }
            CountryMention possessor = mentions.country(k);
            return possessor != null && k >= from && tokens.norm(k).endsWith("'s")
                    ? actors(List.of(possessor.code()), Kind.ACTORS) : Subject.OTHER;
        }
        if (hit.form() == PledgeWords.Form.PREDICATE) {
            int verb = attributionVerbBefore(tokens, from, k);
            k = verb >= 0 ? verb - 1 : k;
        } else if (hit.form() == PledgeWords.Form.NOUN || hit.form() == PledgeWords.Form.PLAN) {
            // "expressed hesitation": step over the determiners and the light verb to reach the subject
            while (k >= from && SubjectWords.NOUN_PREMODIFIERS.contains(tokens.norm(k))) {
                k--;
            }
            if (k >= from && tokens.isWord(k) && !tokens.isCapitalized(k) && mentions.country(k) == null) {
                k--;
            }
        }
        boolean relative = false;
        for (int hops = 0; hops < 3; hops++) {
            k = skipAuxiliaries(tokens, from, k);
            if (k < from) {
                return Subject.NONE;
            }
            if (tokens.is(k, ",")) {
                int open = k - 1;
                while (open >= from && k - open <= APPOSITIVE_LIMIT && !tokens.is(open, ",")) {
                    open--;
                }
                if (open < from || !tokens.is(open, ",")) {
                    return Subject.NONE;
                }
                k = open - 1;
            } else if (SubjectWords.RELATIVES.contains(tokens.norm(k)) && mentions.country(k) == null) {
                k = tokens.is(k - 1, ",") ? k - 2 : k - 1;
                relative = true;
            } else {
                break;
            }
        }
        k = skipQuotes(tokens, from, k);
        if (k - 1 >= from && tokens.is(k, "those") && tokens.is(k - 1, "among")) {
            k = skipAuxiliaries(tokens, from, k - 2); // "Sweden and Norway were among those ready to"
        }
        if (k < from) {
            return Subject.NONE;
        }
        k = beforePlace(tokens, from, k);
        String head = tokens.norm(k);
        if (SubjectWords.PRONOUNS.contains(head)) {
            return new Subject(Kind.PRONOUN, List.of(head), k);
        }
        if (head.equals("and") || head.equals("or")) {
            return Subject.SHARED;
        }
        if (words.forceNouns.forces(head) && k - 1 >= from
                && (SubjectWords.POSSESSIVE_PRONOUNS.contains(tokens.norm(k - 1)) || tokens.is(k - 1, "their"))) {
            String owner = tokens.is(k - 1, "their") ? "they" : tokens.is(k - 1, "its") ? "it" : "he";
            return new Subject(Kind.PRONOUN, List.of(owner), k - 1); // "their soldiers will go"
        }
        if (SubjectWords.STANDS_FOR_OWNER.contains(head) && k - 1 >= from
                && SubjectWords.POSSESSIVE_PRONOUNS.contains(tokens.norm(k - 1))) {
            return new Subject(Kind.PRONOUN, List.of(tokens.norm(k - 1).equals("its") ? "it" : "he"), k - 1);
        }
        if (SubjectWords.COUNTRY_GROUPS.contains(head) && k - 1 >= from && !SubjectWords.PART_OF.contains(normAt(tokens, k - 2))
                && (Character.isDigit(tokens.firstChar(k - 1)) || words.numberWords.contains(tokens.norm(k - 1))
                || SubjectWords.GROUP_MODIFIERS.contains(tokens.norm(k - 1)))) {
            return new Subject(Kind.GROUP, List.of(), k); // "26 countries", "coalition members"
        }
        if (!phrases.isNominal(tokens, k, mentions)) {
            return Subject.OTHER;
        }
        Subject subject = phrases.actors(tokens, from, k, mentions);
        return relative ? subject.throughRelative() : subject;
    }

    boolean isNominal(Tokens tokens, int k, TokenMentions mentions) {
        return phrases.isNominal(tokens, k, mentions);
    }

    /** "Italian participation in a ground force is": the head is what is given, not where it goes. */
    private int beforePlace(Tokens tokens, int from, int k) {
        for (int j = k; j > from && k - j <= PLACE_LIMIT && tokens.isWord(j); j--) {
            if (SubjectWords.PLACE_PREPOSITIONS.contains(tokens.norm(j))) {
                String noun = tokens.norm(j - 1);
                return words.forceNouns.forces(noun) || words.forceNouns.contribution(noun) ? j - 1 : k;
            }
        }
        return k;
    }

    /** "Sweden called sending troops a possibility": the verb whose subject holds the stance, or -1. */
    private int attributionVerbBefore(Tokens tokens, int from, int k) {
        for (int j = k; j >= from; j--) {
            if (words.attributionVerbs.contains(tokens.norm(j))) {
                return j;
            }
        }
        return -1;
    }

    private int skipAuxiliaries(Tokens tokens, int from, int k) {
        while (k >= from) {
            String norm = tokens.norm(k);
            boolean adverb = norm.endsWith("ly") && norm.length() > 3 && !tokens.isCapitalized(k);
            if (words.subjectSkip.contains(norm) || adverb || words.quotes.contains(norm)) {
                k--;
            } else {
                return k;
            }
        }
        return k;
    }

    private int skipQuotes(Tokens tokens, int from, int k) {
        while (k >= from && words.quotes.contains(tokens.norm(k))) {
            k--;
        }
        return k;
    }

    private static String normAt(Tokens tokens, int k) {
        return k >= 0 && k < tokens.size() ? tokens.norm(k) : "";
    }

    static Subject actors(List<String> codes, Kind kind) {
        return new Subject(kind, codes, -1);
    }
}
