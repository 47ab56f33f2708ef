package org.claimboard.extraction.pledge;

import java.util.List;

import org.claimboard.extraction.Tokens;

/**
 * The speaker of a reported clause whose own subject names no actor: in "Hungary says there is no question of
 * sending troops" or "Ottawa said nothing was ruled out", the stance is the speaker's. The speaker is the subject
 * of a speech verb before the stance in the same clause, with no name between the two.
 */
final class ReportingSpeakers {

    private final PledgeWords words;
    private final ActorFinder subjects;

    ReportingSpeakers(PledgeWords words, ActorFinder subjects) {
        this.words = words;
        this.subjects = subjects;
    }

    List<String> of(Tokens tokens, int from, StanceSpotter.Hit hit, TokenMentions mentions) {
        for (int k = hit.first() - 1; k >= from; k--) {
            if (tokens.isCapitalized(k)) {
                return List.of(); // "said Greece was not among ...": a named subject of its own, not the speaker's
            }
            if (words.speechVerbs.contains(tokens.norm(k))) {
                StanceSpotter.Hit verb = new StanceSpotter.Hit(hit.stance(), PledgeWords.Form.VERB, k, k + 1,
                        false, false);
                ActorFinder.Subject speaker = subjects.subject(tokens, from, verb, mentions);
                return speaker.kind() == ActorFinder.Kind.ACTORS ? speaker.actors() : List.of();
            }
        }
        return List.of();
    }
}
