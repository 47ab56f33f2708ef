package org.claimboard.extraction.pledge;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.TextSpan;
import org.claimboard.extraction.Tokens;

/**
 * The words of a sentence that name a pledge's actor: the mention of that country, of a person who speaks for
 * it, or of the coalition nearest before the stance phrase, else nearest after it; else the pronoun the actor was
 * resolved from. Null when the actor is named in another sentence only.
 */
final class ActorEvidence {

    private ActorEvidence() {
    }

    static TextSpan locate(Tokens tokens, int from, int to, int stance, String actor, int pronoun,
                           TokenMentions mentions) {
        for (int k = stance - 1; k >= from; k--) {
            TextSpan span = naming(tokens, k, actor, mentions);
            if (span != null) {
                return span;
            }
        }
        for (int k = stance; k < to; k++) {
            TextSpan span = naming(tokens, k, actor, mentions);
            if (span != null) {
                return span;
            }
        }
        return pronoun >= from && pronoun < to ? new TextSpan(tokens.start(pronoun), tokens.end(pronoun)) : null;
    }

    private static TextSpan naming(Tokens tokens, int k, String actor, TokenMentions mentions) {
        CountryMention country = mentions.country(k);
        if (country != null && country.code().equals(actor)) {
            return new TextSpan(country.start(), country.end());
        }
        PersonMention person = mentions.person(k);
        if (person != null && actor.equals(person.country())) {
            return new TextSpan(person.start(), person.end());
        }
        if (actor.equals(Pledge.COALITION) && mentions.coalition(k)) {
            int first = k;
            while (mentions.coalition(first - 1)) {
                first--;
            }
            int last = k;
            while (mentions.coalition(last + 1)) {
                last++;
            }
            return new TextSpan(tokens.start(first), tokens.end(last));
        }
        return null;
    }
}
