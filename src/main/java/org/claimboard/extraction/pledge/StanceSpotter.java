package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.Tokens;

/**
 * Finds stance phrases in one clause and settles their polarity: a negation up to three words before a phrase
 * turns it round ("not ready to" declines, "did not rule out" considers); a modal before a deployment verb
 * gives the stance of the modal ("will send" offers, "could deploy" considers, "will not be deployed"
 * declines); advice is no stance ("should be willing to"); "no longer" before an offer takes it back
 * ("no longer prepared to send"); a denial turns what follows ("denied reports that it would send"); a stance
 * inside a condition ("if X cannot send", up to its comma) is no stance, nor is what follows a phrase that is
 * none ("refused to say how many it could send") or an offer or refusal to speak ("declined to name them").
 * A promise of a clause ("promised that no soldier would go") leaves the stance to the clause.
 */
final class StanceSpotter {

    /**
     * A stance phrase at tokens [first, end); {@code modal} when read from a modal and a verb ("would deploy"),
     * {@code passive} for "will be deployed", where the subject is what is sent.
     */
    record Hit(Stance stance, PledgeWords.Form form, int first, int end, boolean modal, boolean passive) {
    }

    /** "if", "on condition that", "provided every member commits": what follows is no stance yet. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "condition", "provided",
            "providing");
    private static final Set<String> MODAL_FILLERS = Set.of("also", "still", "only", "soon", "then", "be", "have",
            "now", "ever", "eventually", "readily", "gladly", "not", "never", "each", "both", "jointly", "together",
            "collectively", "between", "them", "among", "themselves");
    private static final int NEGATION_REACH = 3;
    private static final Set<String> ADVOCACY = Set.of("should", "must", "ought", "shouldn't");

    private final PledgeWords words;

    StanceSpotter(PledgeWords words) {
        this.words = words;
    }

    List<Hit> spot(Tokens tokens, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        boolean conditional = false;
        boolean denied = false;
        int k = from;
        while (k < to) {
            if (CONDITIONS.contains(tokens.norm(k))) {
                conditional = true;
            } else if (tokens.is(k, ",")) {
                conditional = false; // "asked whether they could, with the UK ready to": the condition has ended
            }
            PhraseMatcher.Match<PledgeWords.StancePhrase> phrase = words.stances.longestAt(tokens, k, to);
            if (phrase != null) {
                Stance stance = phrase.value().stance();
                if (phrase.value().form() == PledgeWords.Form.DENIAL) {
                    denied = true;
                }
                if (phrase.value().form() == PledgeWords.Form.REPORT) {
                    k = phrase.endToken();
                    continue;
                }
                if (stance == null) {
                    break; // "refused to say how many it could send": what follows is no stance either
                }
                if (phrase.value().form() == PledgeWords.Form.DENIAL) {
                    k = phrase.endToken();
                    continue;
                }
                if (aboutSomethingElse(tokens, phrase, stance, to)) {
                    break; // "declined to give a figure", "plans to rewrite the law": not a stance on forces
                }
                if (advocatedBefore(tokens, from, k)) {
                    k = phrase.endToken();
                    continue;
                }
                if (noLongerBefore(tokens, from, k) && (stance == Stance.OFFERED || stance == Stance.CONSIDERING)) {
                    stance = Stance.REVERSED;
                } else if (negatedBefore(tokens, from, k)) {
                    stance = turn(stance);
                }
                if (denied && stance != null) {
                    stance = turn(stance);
                }
                if (stance != null && !conditional) {
                    hits.add(new Hit(stance, phrase.value().form(), k, phrase.endToken(), false, false));
                }
                k = phrase.endToken();
                continue;
            }
            Hit modal = modalAt(tokens, k, to, negatedBefore(tokens, from, k));
            if (modal != null) {
                Stance stance = denied ? turn(modal.stance()) : modal.stance();
                if (!conditional && stance != null) {
                    hits.add(new Hit(stance, modal.form(), modal.first(), modal.end(), true, modal.passive()));
                }
                k = modal.end();
                continue;
            }
            k++;
        }
        return hits;
    }

    /** "will send", "could also deploy", "will not be deployed", "won't send". */
    private Hit modalAt(Tokens tokens, int k, int to, boolean negated) {
        PhraseMatcher.Match<PledgeWords.Modal> modal = words.modals.longestAt(tokens, k, to);
        if (modal == null) {
            return null;
        }
        int j = modal.endToken();
        boolean passive = false;
        for (int gap = 0; gap < 4 && j < to; gap++, j++) {
            String norm = tokens.norm(j);
            passive |= norm.equals("be") || norm.equals("been");
            Boolean strong = words.deploymentVerbs.get(norm);
            if (strong != null && (strong || forcesFollow(tokens, j + 1, to) || bare(tokens, j, to)
                    || forcesBefore(tokens, k))) {
                Stance stance = negated ? modal.value().negated() : modal.value().stance();
                return new Hit(stance, PledgeWords.Form.VERB, k, j + 1, true, passive);
            }
            if (words.negators.contains(norm)) {
                negated = true;
            } else if (!MODAL_FILLERS.contains(norm) && !(norm.endsWith("ly") && norm.length() > 3)) {
                return null;
            }
        }
        return null;
    }

    /** "will take part.", "would join, officials said": joining with no object, the mission understood. */
    private static boolean bare(Tokens tokens, int verb, int to) {
        int next = verb + 1;
        if (tokens.is(verb, "take")) {
            if (!tokens.is(verb + 1, "part")) {
                return false;
            }
            next = verb + 2;
        }
        return next >= to || !tokens.isWord(next) || SubjectWords.AFTER_BARE_VERB.contains(tokens.norm(next));
    }

    /** Forces named within a few words: "provide 5,000 troops", "join the peacekeeping force". */
    private boolean forcesFollow(Tokens tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 4); k++) {
            if (words.evidence.longestAt(tokens, k, to) != null || Character.isDigit(tokens.firstChar(k))) {
                return true;
            }
        }
        return false;
    }

    /** "Polish soldiers will not go": the forces are the subject of the modal. */
    private boolean forcesBefore(Tokens tokens, int modal) {
        return modal > 0 && words.forceNouns.forces(tokens.norm(modal - 1));
    }

    /**
     * An offer or refusal whose "to" leads to a verb of speaking ("declined to name them"; "too early to discuss"
     * still considers), or a plan of something
     * other than sending forces ("plans to rewrite the law").
     */
    private boolean aboutSomethingElse(Tokens tokens, PhraseMatcher.Match<PledgeWords.StancePhrase> phrase,
                                       Stance stance, int to) {
        int end = phrase.endToken();
        if (stance != Stance.CONSIDERING && end < to && tokens.is(end - 1, "to")
                && words.nonStanceComplements.contains(tokens.norm(end))) {
            return true;
        }
        return stance == Stance.PROPOSED && phrase.value().form() == PledgeWords.Form.VERB && end + 1 < to
                && tokens.is(end, "to") && !words.deploymentVerbs.containsKey(tokens.norm(end + 1))
                && !forcesFollow(tokens, end + 2, to); // "leading efforts to form a peacekeeping force" proposes
    }

    /** "should be willing to send": advice about a stance, not a stance. */
    private static boolean advocatedBefore(Tokens tokens, int from, int k) {
        for (int j = k - 1; j >= Math.max(from, k - NEGATION_REACH); j--) {
            if (ADVOCACY.contains(tokens.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /** "no longer prepared to send": an offer taken back. */
    private static boolean noLongerBefore(Tokens tokens, int from, int k) {
        return k - 2 >= from && tokens.is(k - 1, "longer") && tokens.is(k - 2, "no");
    }

    private boolean negatedBefore(Tokens tokens, int from, int k) {
        for (int j = k - 1; j >= Math.max(from, k - NEGATION_REACH); j--) {
            if (words.negators.contains(tokens.norm(j))) {
                return true;
            }
        }
        return false;
    }

    /** The stance a negation leaves: not offering or considering is declining; not declining is considering. */
    static Stance turn(Stance stance) {
        return switch (stance) {
            case OFFERED, CONSIDERING -> Stance.DECLINED;
            case DECLINED -> Stance.CONSIDERING;
            case PROPOSED, REVERSED -> null;
        };
    }
}
