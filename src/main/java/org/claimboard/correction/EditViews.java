package org.claimboard.correction;

import java.util.List;

import org.claimboard.pledge.PledgeView;

/** What the editing pages show besides their forms. */
final class EditViews {

    private EditViews() {
    }

    /** A claim being corrected: where it stands, its pledges and its verdict (null if none). */
    record ClaimEdit(long articleId, String articleLabel, long claimId, String text, List<PledgeView> pledges,
                     VerdictView verdict, ClaimForm form, VerdictForm verdictForm) {
    }

    /** A pledge being corrected ({@code pledgeId} null when one is being added to the claim). */
    record PledgeEdit(long articleId, String articleLabel, long claimId, Long pledgeId, String sentence,
                      PledgeForm form) {
    }

    /** One of an article's sentences, to add a claim on; {@code claimed} when it already has one. */
    record SentenceChoice(int index, int start, int end, String text, boolean claimed) {
    }

    /** The article's sentences, and the one chosen (null until one is). */
    record NewClaim(long articleId, String articleLabel, List<SentenceChoice> sentences, SentenceChoice chosen) {
    }
}
