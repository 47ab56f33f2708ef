package org.claimboard.extraction.pledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Tokens;

/**
 * Actors named after a point rather than before a verb: the agent of a passive stance ("proposed by Britain and
 * France"), and the subject a clause opens with, which a later clause without one shares ("Poland will support
 * the mission but does not plan to station soldiers").
 */
final class PassiveAgents {

    private static final int LIMIT = 30;
    private static final int LEAD_SKIP = 3;

    private final PledgeWords words;
    private final ActorFinder subjects;

    PassiveAgents(PledgeWords words, ActorFinder subjects) {
        this.words = words;
        this.subjects = subjects;
    }

    /** Countries after a passive agent: "proposed by Britain and France". */
    List<String> after(Tokens tokens, int end, int to, TokenMentions mentions) {
        if (!tokens.is(end, "by")) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int k = end + 1; k < to && k - end < LIMIT; k++) {
            CountryMention country = mentions.country(k);
            if (country != null && !words.nonActors.contains(country.code())) {
                codes.add(country.code());
            } else if (!subjects.isNominal(tokens, k, mentions) && !SubjectWords.NP_GLUE.contains(tokens.norm(k))
                    && !tokens.is(k, ",")) {
                break;
            }
        }
        return List.copyOf(codes);
    }

    /** The countries of the noun phrase a clause opens with, after at most a few leading words ("However,"). */
    List<String> leading(Tokens tokens, int from, int to, TokenMentions mentions) {
        int k = from;
        while (k < to && k - from < LEAD_SKIP && mentions.country(k) == null && !mentions.coalition(k)) {
            k++;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (; k < to && (subjects.isNominal(tokens, k, mentions) || SubjectWords.NP_GLUE.contains(tokens.norm(k))
                || tokens.is(k, ",") && mentions.country(k - 1) != null); k++) {
            CountryMention country = mentions.country(k);
            if (country != null && !words.nonActors.contains(country.code())) {
                codes.add(country.code());
            }
        }
        return List.copyOf(codes);
    }
}
