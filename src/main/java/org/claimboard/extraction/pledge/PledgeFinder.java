package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.TextSpan;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.TroopCount;
import org.claimboard.extraction.claim.SentenceIndex;

/**
 * Finds troop pledges: per clause, each stance phrase ({@link StanceSpotter}) that is about sending forces
 * ({@link ForceTopic}), with its actors ({@link ActorFinder} for the subject, then the named {@link ActorRules}),
 * the troop count of the clause and the kind of force. A clause without a subject of its own shares the previous
 * clause's ("Poland will provide support, but has no intention of deploying troops"). The outlet is the one the
 * claim for the part of the sentence holding the stance cites.
 */
public final class PledgeFinder implements ExtractionStep {

    private static final String CURRENCIES = "£$€¥";

    private final PledgeWords words = new PledgeWords();
    private final Clauses clauses = new Clauses(words);
    private final StanceSpotter spotter = new StanceSpotter(words);
    private final ActorFinder actorFinder = new ActorFinder(words);
    private final ActorRules actorRules = new ActorRules(words, actorFinder);
    private final ForceTopic forceTopic = new ForceTopic();

    @Override
    public void apply(Document doc) {
        Tokens tokens = QuoteFree.of(doc.text(), doc.tokens(), words.quotes);
        SentenceIndex index = new SentenceIndex(doc, tokens);
        TokenMentions mentions = new TokenMentions(doc, tokens, words.coalition);
        Map<Integer, List<ReportedClaim>> cited = new HashMap<>();
        for (ReportedClaim claim : doc.claims()) {
            if (claim.outlet() != null) {
                cited.computeIfAbsent(claim.sentence(), s -> new ArrayList<>()).add(claim);
            }
        }
        List<Pledge> pledges = new ArrayList<>();
        for (int k = 0; k < index.size(); k++) {
            Sentence sentence = index.sentence(k);
            String outlet = index.outlets(k).isEmpty() ? null : index.outlets(k).get(0).name();
            pledges.addAll(sentencePledges(new SentenceContext(doc, tokens, index, k, mentions, outlet,
                    cited.getOrDefault(sentence.index(), List.of()))));
        }
        doc.setPledges(pledges);
    }

    /** One sentence with its outlet of last resort and the claims that cite an outlet for a part of it. */
    private record SentenceContext(Document doc, Tokens tokens, SentenceIndex index, int position,
                                   TokenMentions mentions, String outlet, List<ReportedClaim> cited) {

        /** The outlet of the cited part holding the stance phrase ("X reported ..., while Y said ..."). */
        String outletAt(TextSpan stance) {
            for (ReportedClaim claim : cited) {
                if (claim.start() <= stance.start() && stance.end() <= claim.end()) {
                    return claim.outlet();
                }
            }
            return cited.isEmpty() ? outlet : cited.get(0).outlet();
        }
    }

    private List<Pledge> sentencePledges(SentenceContext ctx) {
        Tokens tokens = ctx.tokens();
        int from = ctx.index().firstToken(ctx.position());
        int to = ctx.index().endToken(ctx.position());
        List<Pledge> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> previousActors = List.of();
        List<String> label = roundupLabel(tokens, from, to, ctx.mentions());
        for (Clauses.Clause clause : clauses.split(tokens, from, to, ctx.mentions())) {
            List<StanceSpotter.Hit> hits = spotter.spot(tokens, clause.from(), clause.to());
            List<PhraseMatcher.Match<ForceKind>> evidence = hits.isEmpty() ? List.of()
                    : words.evidence.findAll(tokens, clause.from(), clause.to());
            List<TroopCount> counts = ClauseFacts.countsIn(ctx.index().troopCounts(ctx.position()), tokens, clause);
            List<String> clauseActors = null;
            List<String> shared = previousActors;
            for (StanceSpotter.Hit hit : hits) {
                if (ctx.mentions().coalition(hit.first())) {
                    continue; // "the coalition of the willing to ...": a name, not a stance
                }
                if (hit.end() < clause.to() && CURRENCIES.indexOf(tokens.firstChar(hit.end())) >= 0) {
                    continue; // "committed £3 billion": money, not forces
                }
                ActorFinder.Subject subject = actorFinder.subject(tokens, clause.from(), hit, ctx.mentions());
                StanceReading reading = new StanceReading(tokens, ctx.mentions(), ctx.index(), ctx.position(), from,
                        clause, hit, subject, counts, shared, label);
                List<String> verbActors = actorRules.ofVerb(reading);
                if (!verbActors.isEmpty() && subject.kind() != ActorFinder.Kind.NONE) {
                    clauseActors = verbActors;
                }
                shared = verbActors;
                List<String> actors = actorRules.completed(reading, verbActors);
                if (!forceTopic.concerns(new ForceTopic.Reading(reading, evidence))) {
                    continue;
                }
                TroopCount count = ClauseFacts.countFor(tokens, counts, hit);
                ForceKind kind = ClauseFacts.kindFor(evidence, hit);
                TextSpan stanceSpan = new TextSpan(tokens.start(hit.first()), tokens.end(hit.end() - 1));
                for (String actor : actors) {
                    if (seen.add(actor + hit.stance() + kind)) {
                        TextSpan actorSpan = ActorEvidence.locate(tokens, from, to, hit.first(), actor,
                                subject.token(), ctx.mentions());
                        found.add(pledge(ctx, new Found(actor, reading, count, kind, stanceSpan, actorSpan)));
                    }
                }
            }
            if (clauseActors == null) {
                List<String> leading = actorRules.leading(tokens, clause, ctx.mentions());
                clauseActors = leading.isEmpty() ? null : leading;
            }
            if (clauseActors != null) {
                previousActors = clauseActors;
            }
        }
        return found;
    }

    /** "- Estonia: the government has committed ...": the country a roundup's item is headed with. */
    private static List<String> roundupLabel(Tokens tokens, int from, int to, TokenMentions mentions) {
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

    /** What one stance phrase gave for one actor, with its evidence. */
    private record Found(String actor, StanceReading reading, TroopCount count, ForceKind kind, TextSpan stanceSpan,
                         TextSpan actorSpan) {
    }

    private static Pledge pledge(SentenceContext ctx, Found found) {
        Sentence sentence = ctx.index().sentence(ctx.position());
        String text = sentence.text(ctx.doc().text());
        TroopCount count = found.count();
        return new Pledge(found.actor(), found.reading().hit().stance(), count == null ? null : count.value(),
                count == null ? null : count.max(), count == null ? null : count.qualifier(), found.kind(),
                sentence.index(), sentence.start(), sentence.end(), text, ctx.outletAt(found.stanceSpan()),
                found.stanceSpan(),
                found.actorSpan());
    }
}
