package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.Claim;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.TextSpan;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.TroopCount;
import org.claimboard.extraction.claim.SentenceIndex;

/**
 * Finds troop pledges: per clause, each stance phrase about sending forces (the clause must name forces, a troop
 * count or the coalition) with its actors ({@link ActorFinder}), the troop count of the clause and the kind of
 * force. A clause without a subject of its own shares the previous clause's ("Poland will provide support, but
 * has no intention of deploying troops"); a proposal whose object is the coalition's force also counts as the
 * coalition's ("pushing for a coalition of the willing"). The outlet is the one the claim for the sentence cites.
 */
public final class PledgeFinder implements ExtractionStep {

    private static final String CURRENCIES = "£$€¥";
    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taken", "taking");

    /** How far after a stance phrase its object is looked for, in tokens; keeps long garbage lines linear. */
    private static final int REACH = 40;

    private final PledgeWords words = new PledgeWords();
    private final Clauses clauses = new Clauses(words);
    private final StanceSpotter spotter = new StanceSpotter(words);
    private final ActorFinder actorFinder = new ActorFinder(words);
    private final Antecedents antecedents = new Antecedents(words);
    private final PassiveAgents passiveAgents = new PassiveAgents(words, actorFinder);
    private final ReportingSpeakers speakers = new ReportingSpeakers(words, actorFinder);

    @Override
    public void apply(Document doc) {
        Tokens tokens = QuoteFree.of(doc.text(), doc.tokens());
        SentenceIndex index = new SentenceIndex(doc, tokens);
        TokenMentions mentions = new TokenMentions(doc, tokens, words.coalition);
        Map<Integer, String> outlets = new HashMap<>();
        for (Claim claim : doc.claims()) {
            if (claim.outlet() != null) {
                outlets.putIfAbsent(claim.sentence(), claim.outlet());
            }
        }
        List<Pledge> pledges = new ArrayList<>();
        for (int k = 0; k < index.size(); k++) {
            Sentence sentence = index.sentence(k);
            String outlet = outlets.get(sentence.index());
            if (outlet == null && !index.outlets(k).isEmpty()) {
                outlet = index.outlets(k).get(0).name();
            }
            SentenceContext context = new SentenceContext(doc, tokens, index, k, mentions, outlet);
            pledges.addAll(sentencePledges(context));
        }
        doc.setPledges(pledges);
    }

    private record SentenceContext(Document doc, Tokens tokens, SentenceIndex index, int position,
                                   TokenMentions mentions, String outlet) {
    }

    private List<Pledge> sentencePledges(SentenceContext ctx) {
        Tokens tokens = ctx.tokens();
        int from = ctx.index().firstToken(ctx.position());
        int to = ctx.index().endToken(ctx.position());
        List<Pledge> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> previousActors = List.of();
        List<String> label = labelCountry(tokens, from, to, ctx.mentions());
        for (Clauses.Clause clause : clauses.split(tokens, from, to, ctx.mentions())) {
            List<StanceSpotter.Hit> hits = spotter.spot(tokens, clause.from(), clause.to());
            List<PhraseMatcher.Match<ForceKind>> evidence = hits.isEmpty() ? List.of()
                    : words.evidence.findAll(tokens, clause.from(), clause.to());
            List<TroopCount> counts = ClauseFacts.countsIn(ctx.index().troopCounts(ctx.position()), tokens, clause);
            boolean aboutForces = !hits.isEmpty() && (!evidence.isEmpty() || !counts.isEmpty()
                    || hasCoalition(ctx, clause.from(), clause.to()) || bareParticipation(tokens, clause));
            List<String> clauseActors = null;
            List<String> lastHitActors = previousActors;
            for (StanceSpotter.Hit hit : hits) {
                if (ctx.mentions().coalition(hit.first())) {
                    continue; // "the coalition of the willing to ...": a name, not a stance
                }
                if (hit.end() < clause.to() && CURRENCIES.indexOf(tokens.firstChar(hit.end())) >= 0) {
                    continue; // "committed £3 billion": money, not forces
                }
                ActorFinder.Subject subject = actorFinder.subject(tokens, clause.from(), hit, ctx.mentions());
                List<String> actors = switch (subject.kind()) {
                    case ACTORS -> subject.actors();
                    case PRONOUN -> antecedents.resolve(subject.actors().get(0), tokens, from, subject.token(),
                            ctx.index(), ctx.position(), ctx.mentions());
                    case NONE -> lastHitActors; // ", offering instead to": the participle shares the subject
                    case SHARED -> !lastHitActors.isEmpty() ? lastHitActors
                            : passiveAgents.leading(tokens, clause.from(), hit.first(), ctx.mentions());
                    case GROUP -> hasCoalition(ctx, hit.end(), clause.to()) || !counts.isEmpty()
                            ? List.of(Pledge.COALITION) : List.of();
                    case OTHER -> speakers.of(tokens, clause.from(), hit, ctx.mentions());
                    case NON_ACTOR -> List.of();
                };
                List<String> agents = passiveAgents.after(tokens, hit.end(), clause.to(), ctx.mentions());
                if (!agents.isEmpty()) {
                    actors = agents;
                }
                if (!actors.isEmpty() && subject.kind() != ActorFinder.Kind.NONE) {
                    clauseActors = actors;
                }
                lastHitActors = actors;
                boolean namedSubject = subject.kind() == ActorFinder.Kind.OTHER
                        || subject.kind() == ActorFinder.Kind.NON_ACTOR;
                if (actors.isEmpty() && (!namedSubject || hit.form() == PledgeWords.Form.PLAN)) {
                    actors = demonymObject(tokens, hit.end(), Math.min(clause.to(), hit.end() + REACH),
                            ctx.mentions());
                }
                if (hit.stance() == Stance.PROPOSED && subject.kind() != ActorFinder.Kind.NON_ACTOR
                        && (hasCoalition(ctx, hit.end(), Math.min(clause.to(), hit.end() + REACH))
                        || !counts.isEmpty() && namesAForce(tokens, hit.end(), clause.to()))
                        && !actors.contains(Pledge.COALITION)) {
                    actors = new ArrayList<>(actors);
                    actors.add(Pledge.COALITION);
                }
                if (hit.modal() && subject.relative() && actors.contains(Pledge.COALITION)) {
                    // "a force that would deploy", "a contingent which would be deployed": a description of the
                    // force, not a stance of the coalition
                    actors = actors.stream().filter(a -> !a.equals(Pledge.COALITION)).toList();
                }
                if (actors.isEmpty() && !namedSubject || subject.kind() == ActorFinder.Kind.OTHER && actors.isEmpty()) {
                    actors = label; // "- Estonia: The government has committed a company"
                }
                if (!aboutForces && !bareStance(tokens, hit, clause)) {
                    continue;
                }
                TroopCount count = ClauseFacts.countFor(tokens, counts, hit);
                ForceKind kind = ClauseFacts.kindFor(evidence, hit);
                for (String actor : actors) {
                    if (seen.add(actor + hit.stance() + kind)) {
                        TextSpan actorSpan = ActorEvidence.locate(tokens, from, to, hit.first(), actor,
                                subject.token(), ctx.mentions());
                        TextSpan stanceSpan = new TextSpan(tokens.start(hit.first()), tokens.end(hit.end() - 1));
                        found.add(pledge(ctx, new Found(actor, hit.stance(), count, kind, stanceSpan, actorSpan)));
                    }
                }
            }
            if (clauseActors == null) {
                List<String> leading = passiveAgents.leading(tokens, clause.from(), clause.to(), ctx.mentions());
                clauseActors = leading.isEmpty() ? null : leading;
            }
            if (clauseActors != null) {
                previousActors = clauseActors;
            }
        }
        return found;
    }

    /**
     * "Belgium is on board.", "Vilnius is ready, provided ...": a stance with no complement, about the mission the
     * article is about.
     */
    private static boolean bareStance(Tokens tokens, StanceSpotter.Hit hit, Clauses.Clause clause) {
        if (hit.modal() || hit.form() != PledgeWords.Form.VERB && hit.form() != PledgeWords.Form.PREDICATE) {
            return false;
        }
        int next = hit.end();
        while (next < clause.to() && (tokens.norm(next).endsWith("ly") && tokens.norm(next).length() > 3
                || SubjectWords.TRAILING_ADVERBS.contains(tokens.norm(next)))) {
            next++; // "ruled it out almost immediately"
        }
        return next >= clause.to() || !tokens.isWord(next) && !tokens.is(next, "'s")
                || SubjectWords.AFTER_BARE_VERB.contains(tokens.norm(next));
    }

    /** "- Estonia: the government has committed ...": the country a roundup's item is headed with. */
    private static List<String> labelCountry(Tokens tokens, int from, int to, TokenMentions mentions) {
        int k = from;
        while (k < to && !tokens.isWord(k) && !tokens.is(k, ":")) {
            k++;
        }
        CountryMention country = mentions.country(k);
        if (country == null) {
            return List.of();
        }
        while (k < to && mentions.country(k) == country) {
            k++;
        }
        return tokens.is(k, ":") ? List.of(country.code()) : List.of();
    }

    /** "declined to take part", "will not participate": joining the mission, named without an object. */
    private static boolean bareParticipation(Tokens tokens, Clauses.Clause clause) {
        for (int k = clause.from(); k < clause.to(); k++) {
            boolean participates = tokens.is(k, "participate") || tokens.is(k, "part") && TAKE.contains(tokens.norm(k - 1))
                    || tokens.is(k, "join") || tokens.is(k, "contribute");
            if (participates && (k + 1 >= clause.to() || !tokens.isWord(k + 1)
                    || SubjectWords.AFTER_BARE_VERB.contains(tokens.norm(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "floated a force of 64,000", "a 30,000-strong contingent": a size put forward for the whole force. */
    private static boolean namesAForce(Tokens tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + REACH); k++) {
            if (SubjectWords.WHOLE_FORCE.contains(tokens.norm(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasCoalition(SentenceContext ctx, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ctx.mentions().coalition(k)) {
                return true;
            }
        }
        return false;
    }

    /** "deploying Polish troops": the country named on the forces sent, when the clause has no subject. */
    private List<String> demonymObject(Tokens tokens, int from, int to, TokenMentions mentions) {
        for (int k = from; k < to; k++) {
            CountryMention country = mentions.country(k);
            if (country != null && country.via() == CountryMention.Via.DEMONYM
                    && !words.nonActors.contains(country.code())
                    && (SubjectWords.FORCE_NOUNS.contains(tokens.norm(k + 1)) || tokens.is(k + 1, "army")
                    || tokens.is(k + 1, "military"))) {
                return List.of(country.code());
            }
        }
        return List.of();
    }

    /** What one stance phrase gave for one actor, with its evidence. */
    private record Found(String actor, Stance stance, TroopCount count, ForceKind kind, TextSpan stanceSpan,
                         TextSpan actorSpan) {
    }

    private static Pledge pledge(SentenceContext ctx, Found found) {
        Sentence sentence = ctx.index().sentence(ctx.position());
        String text = sentence.text(ctx.doc().text());
        TroopCount count = found.count();
        return new Pledge(found.actor(), found.stance(), count == null ? null : count.value(),
                count == null ? null : count.max(), count == null ? null : count.qualifier(), found.kind(),
                sentence.index(), sentence.start(), sentence.end(), text, ctx.outlet(), found.stanceSpan(),
                found.actorSpan());
    }
}
