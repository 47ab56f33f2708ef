package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Tokens;

/**
 * The noun phrase of a subject read back from its head: lists and titles ("the UK, Poland and Germany", "French
 * President Macron"), a demonym before forces ("the Swedish army"), the place forces go left out ("Romanian forces
 * in Ukraine"), a capital after a place preposition taken as a venue ("the summit in Paris").
 */
final class SubjectPhrase {

    private static final int NP_LIMIT = 30;

    private final PledgeWords words;

    SubjectPhrase(PledgeWords words) {
        this.words = words;
    }

    /** Actors named in the subject phrase that ends at token {@code head}. */
    ActorFinder.Subject actors(Tokens tokens, int from, int head, TokenMentions mentions) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> ordered = new ArrayList<>();
        for (int k = head; k >= from && head - k < NP_LIMIT; k--) {
            if (k < head && SubjectWords.PLACE_PREPOSITIONS.contains(tokens.norm(k))
                    && (words.forceNouns.forces(normAt(tokens, k - 1))
                    || words.forceNouns.contribution(normAt(tokens, k - 1)))) {
                ordered.clear(); // "Romanian forces in Ukraine": the place the forces go is not who sends them
                continue;
            }
            boolean inPhrase = isNominal(tokens, k, mentions) || SubjectWords.NP_GLUE.contains(tokens.norm(k))
                    || words.numberWords.contains(tokens.norm(k)) // "and the three Baltic states"
                    || words.quotes.contains(tokens.norm(k))
                    || tokens.is(k, ",") && mentions.country(k - 1) != null && listGoesOn(tokens, k, head);
            if (!inPhrase) {
                break;
            }
            CountryMention country = mentions.country(k);
            PersonMention person = mentions.person(k);
            if (country != null) {
                boolean venue = country.via() == CountryMention.Via.CAPITAL && k > 0
                        && SubjectWords.PLACE_PREPOSITIONS.contains(tokens.norm(k - 1))
                        && !(k == head && tokens.is(k - 1, "with")); // "with Warsaw offering to": who offers
                if (!venue) {
                    ordered.add(0, country.code());
                }
            } else if (person != null && person.country() != null) {
                ordered.add(0, person.country());
            }
            if (mentions.coalition(k)) {
                ordered.add(0, Pledge.COALITION);
            }
        }
        for (String code : ordered) {
            if (!words.nonActors.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            return ordered.isEmpty() ? ActorFinder.Subject.OTHER : new ActorFinder.Subject(ActorFinder.Kind.NON_ACTOR, List.of(), -1);
        }
        return ActorFinder.actors(List.copyOf(codes), ActorFinder.Kind.ACTORS);
    }

    boolean isNominal(Tokens tokens, int k, TokenMentions mentions) {
        if (!tokens.isWord(k)) {
            return false;
        }
        CountryMention before = mentions.country(k - 1);
        return mentions.country(k) != null || mentions.person(k) != null || mentions.coalition(k)
                || tokens.isCapitalized(k) && !words.subjectSkip.contains(tokens.norm(k))
                || words.agentNouns.contains(tokens.norm(k)) || SubjectWords.COUNTRY_GROUPS.contains(tokens.norm(k))
                || before != null && before.via() == CountryMention.Via.DEMONYM && k > 0 && tokens.isWord(k - 1);
    }

    /**
     * A comma inside a list of countries: the list's "and" comes after it ("Poland, Spain and Italy"); in
     * "Unlike Warsaw and Bucharest, Lithuania" the comma closes a phrase before the subject.
     */
    private static boolean listGoesOn(Tokens tokens, int comma, int head) {
        for (int k = comma + 1; k <= head; k++) {
            if (tokens.is(k, "and") || tokens.is(k, "or")) {
                return true;
            }
        }
        return false;
    }

    private static String normAt(Tokens tokens, int k) {
        return k >= 0 && k < tokens.size() ? tokens.norm(k) : "";
    }
}
