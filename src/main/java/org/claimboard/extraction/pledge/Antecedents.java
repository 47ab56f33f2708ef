package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.claim.SentenceIndex;

/**
 * What a subject pronoun stands for: "it"/"they" the nearest countries (or the coalition) named before it in the
 * sentence, with the list they stand in ("the UK and France ... they"); "he"/"she" the country of the nearest
 * person named before, in this sentence or the three before it, else of the countries named before it in the
 * sentence ("Estonia's prime minister said his country ..."); "we" the country of the person quoted.
 */
final class Antecedents {

    private static final Set<String> LIST_GLUE = Set.of("and", ",", "the", "or", "both", "&");
    private static final int PERSON_SENTENCES_BACK = 3;
    private static final int TITLE_REACH = 4;
    private static final int REACH_BACK = 80;
    private static final int RELATIVE_CLAUSE_LIMIT = 12;
    private static final int SPEECH_REACH = 3;
    /** How far into the previous sentence its subject is looked for, in tokens. */
    private static final int LEADING_REACH = 12;
    private static final int SPEAKERS_LOOKED_AT = 8;
    private static final Set<String> PLURAL_GROUPS = Set.of("countries", "nations", "governments", "allies",
            "members", "states", "partners", "officials", "leaders", "europeans", "capitals", "ministers");

    private final PledgeWords words;

    Antecedents(PledgeWords words) {
        this.words = words;
    }

    List<String> resolve(String pronoun, Tokens tokens, int sentenceFrom, int pronounToken, SentenceIndex index,
                         int sentence, TokenMentions mentions) {
        if (pronoun.equals("we")) {
            List<String> speaker = speakerCountry(tokens, index, sentence, mentions);
            if (!speaker.isEmpty()) {
                return speaker;
            }
        }
        if (pronoun.equals("he") || pronoun.equals("she")) {
            List<String> country = person(tokens, index, sentence, tokens.start(pronounToken), mentions);
            if (!country.isEmpty()) {
                return country;
            }
        }
        int k = pronounToken - 1;
        sentenceFrom = Math.max(sentenceFrom, pronounToken - REACH_BACK);
        while (k >= sentenceFrom && !isActorToken(k, mentions, tokens)) {
            int opening = relativeClauseOpening(tokens, sentenceFrom, k);
            if (opening >= 0) {
                k = opening - 1; // "France and Britain, which lead the coalition, said they": not the coalition
                continue;
            }
            if (pronoun.equals("they") && PLURAL_GROUPS.contains(tokens.norm(k)) && mentions.country(k - 1) == null) {
                return List.of(); // "ten countries had signalled they could": the group, not a country before it
            }
            k--;
        }
        Set<String> codes = new LinkedHashSet<>();
        while (k >= sentenceFrom && (isActorToken(k, mentions, tokens) || LIST_GLUE.contains(tokens.norm(k))
                || mentions.country(k) != null)) {
            CountryMention country = mentions.country(k);
            if (country != null && !words.nonActors.contains(country.code())) {
                codes.add(country.code());
            } else if (mentions.coalition(k)) {
                codes.add(Pledge.COALITION);
            }
            k--;
        }
        List<String> ordered = new ArrayList<>(codes);
        Collections.reverse(ordered);
        if (ordered.isEmpty() && sentence > 0 && !pronoun.equals("we")) {
            return previousSubject(tokens, index, sentence - 1, mentions); // "Norway ... . It has also said"
        }
        return ordered;
    }

    /** The countries (or the coalition) a sentence opens its subject with, for a pronoun in the next one. */
    private List<String> previousSubject(Tokens tokens, SentenceIndex index, int sentence, TokenMentions mentions) {
        int from = index.firstToken(sentence);
        int to = Math.min(index.endToken(sentence), from + LEADING_REACH);
        int k = from;
        while (k < to && !isActorToken(k, mentions, tokens)) {
            k++;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (; k < to && (isActorToken(k, mentions, tokens) || LIST_GLUE.contains(tokens.norm(k))
                || mentions.country(k) != null); k++) {
            CountryMention country = mentions.country(k);
            if (country != null && !words.nonActors.contains(country.code())) {
                codes.add(country.code());
            } else if (mentions.coalition(k)) {
                codes.add(Pledge.COALITION);
            }
        }
        return List.copyOf(codes);
    }

    /** The opening comma of ", which ... ," when token k is its closing comma, else -1. */
    private static int relativeClauseOpening(Tokens tokens, int from, int k) {
        if (!tokens.is(k, ",")) {
            return -1;
        }
        for (int j = k - 1; j > from && k - j <= RELATIVE_CLAUSE_LIMIT; j--) {
            if (tokens.is(j, ",")) {
                return SubjectWords.RELATIVES.contains(tokens.norm(j + 1)) ? j : -1;
            }
        }
        return -1;
    }

    private boolean isActorToken(int k, TokenMentions mentions, Tokens tokens) {
        CountryMention country = mentions.country(k);
        boolean place = country != null && country.via() != CountryMention.Via.DEMONYM && k > 0
                && SubjectWords.PLACE_PREPOSITIONS.contains(tokens.norm(k - 1)); // "forces in Latvia"
        return country != null && !place && !words.nonActors.contains(country.code()) || mentions.coalition(k);
    }

    /** "'We are ready to send troops,' Macron said": the country of the person quoted in the sentence. */
    private List<String> speakerCountry(Tokens tokens, SentenceIndex index, int sentence, TokenMentions mentions) {
        List<PersonMention> people = index.people(sentence);
        for (PersonMention person : people.subList(0, Math.min(people.size(), SPEAKERS_LOOKED_AT))) {
            List<String> country = countryOf(person, tokens, mentions);
            if (!country.isEmpty()) {
                return country;
            }
        }
        return List.of();
    }

    private List<String> person(Tokens tokens, SentenceIndex index, int sentence, int offset,
                                TokenMentions mentions) {
        for (int s = sentence; s >= 0 && sentence - s <= PERSON_SENTENCES_BACK; s--) {
            List<PersonMention> people = index.people(s);
            PersonMention nearest = null;
            for (int p = lastStartingBefore(people, offset); p >= 0; p--) {
                PersonMention person = people.get(p);
                if (person.end() > offset) {
                    continue;
                }
                if (speaks(tokens, person)) {
                    return countryOf(person, tokens, mentions); // "Michal said, beside Orpo, that his country"
                }
                nearest = nearest == null ? person : nearest;
            }
            if (nearest != null) {
                return countryOf(nearest, tokens, mentions);
            }
        }
        return List.of();
    }

    /** Whether a speech verb follows the person within a few words: the speaker a reported "he" stands for. */
    private boolean speaks(Tokens tokens, PersonMention person) {
        int after = tokens.indexAtOrAfter(person.end());
        for (int k = after; k < Math.min(tokens.size(), after + SPEECH_REACH); k++) {
            if (words.speechVerbs.contains(tokens.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last person starting before {@code offset} (binary search: people are in text order). */
    private static int lastStartingBefore(List<PersonMention> people, int offset) {
        int lo = 0;
        int hi = people.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private List<String> countryOf(PersonMention person, Tokens tokens, TokenMentions mentions) {
        String code = person.country();
        if (code == null) {
            int first = tokens.indexAtOrAfter(person.start());
            for (int k = first - 1; k >= Math.max(0, first - TITLE_REACH) && code == null; k--) {
                CountryMention country = mentions.country(k);
                code = country == null ? null : country.code();
            }
        }
        return code == null || words.nonActors.contains(code) ? List.of() : List.of(code);
    }
}
