package org.claimboard.extraction.pledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Tokens;

/** The actors of a passive stance, named after "by": "proposed by Britain and France". */
final class PassiveAgents {

    private static final int LIMIT = 30;

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
}
