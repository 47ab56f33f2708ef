package org.claimboard.extraction.pledge;

import java.util.ArrayList;
import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.Tokens;

/**
 * Who takes a stance, decided by named rules in order; each reads the stance and the actors the rules before it
 * gave. The first two give the actors of the verb itself, which a later verb of the clause may share.
 */
final class ActorRules {

    private interface Rule {
        List<String> apply(StanceReading reading, List<String> actors);
    }

    private record Named(String name, Rule rule) {
    }

    private final PledgeWords words;
    private final Antecedents antecedents;
    private final PassiveAgents passiveAgents;
    private final ReportingSpeakers speakers;
    private final List<Named> verbRules = List.of(
            new Named("the subject, read by its kind", this::subject),
            new Named("the agent of a passive: 'proposed by Britain and France'", this::passiveAgent));
    private final List<Named> completingRules = List.of(
            new Named("the forces' demonym when no actor is named: 'has not ruled out Irish peacekeepers'",
                    this::forcesDemonym),
            new Named("a proposal of the coalition's force or of a size for it: 'floated a force of 64,000'",
                    this::coalitionProposal),
            new Named("a description of the force is not the coalition's stance: 'a force that would deploy'",
                    this::forceDescription),
            new Named("the country heading a roundup's item: '- Estonia: the government has committed'",
                    this::roundupLabel));

    ActorRules(PledgeWords words, ActorFinder subjects) {
        this.words = words;
        this.antecedents = new Antecedents(words);
        this.passiveAgents = new PassiveAgents(words, subjects);
        this.speakers = new ReportingSpeakers(words, subjects);
    }

    /** The actors of the stance's verb itself, before the completing rules. */
    List<String> ofVerb(StanceReading reading) {
        return apply(verbRules, reading, List.of());
    }

    /** All actors of the stance, from those of its verb. */
    List<String> completed(StanceReading reading, List<String> verbActors) {
        return apply(completingRules, reading, verbActors);
    }

    /** The countries a clause opens with, which a later clause without a subject shares. */
    List<String> leading(Tokens tokens, Clauses.Clause clause, TokenMentions mentions) {
        return passiveAgents.leading(tokens, clause.from(), clause.to(), mentions);
    }


    private static List<String> apply(List<Named> rules, StanceReading reading, List<String> actors) {
        for (Named rule : rules) {
            actors = rule.rule().apply(reading, actors);
        }
        return actors;
    }

    private List<String> subject(StanceReading r, List<String> actors) {
        ActorFinder.Subject subject = r.subject();
        return switch (subject.kind()) {
            case ACTORS -> subject.actors();
            case PRONOUN -> antecedents.resolve(subject.actors().get(0), r.tokens(), r.sentenceFrom(),
                    subject.token(), r.index(), r.sentence(), r.mentions());
            case NONE -> r.shared(); // ", offering instead to": the participle shares the verb's subject
            case SHARED -> !r.shared().isEmpty() ? r.shared() // "expressed reluctance or have refused"
                    : passiveAgents.leading(r.tokens(), r.clause().from(), r.hit().first(), r.mentions());
            case GROUP -> r.coalitionNamed(r.hit().end(), r.clause().to()) || !r.counts().isEmpty()
                    ? List.of(Pledge.COALITION) : List.of(); // "26 countries signed up to the force"
            case OTHER -> speakers.of(r.tokens(), r.clause().from(), r.hit(), r.mentions());
            case NON_ACTOR -> List.of();
        };
    }

    private List<String> passiveAgent(StanceReading r, List<String> actors) {
        List<String> agents = passiveAgents.after(r.tokens(), r.hit().end(), r.clause().to(), r.mentions());
        return agents.isEmpty() ? actors : agents;
    }

    private List<String> forcesDemonym(StanceReading r, List<String> actors) {
        if (!actors.isEmpty() || r.subjectIs(ActorFinder.Kind.NON_ACTOR) && r.hit().form() != PledgeWords.Form.PLAN) {
            return actors;
        }
        for (int k = r.hit().end(); k < r.objectEnd(); k++) {
            CountryMention country = r.mentions().country(k);
            String next = k + 1 < r.tokens().size() ? r.tokens().norm(k + 1) : "";
            if (country != null && country.via() == CountryMention.Via.DEMONYM
                    && !words.nonActors.contains(country.code()) && words.forceNouns.forces(next)) {
                return List.of(country.code());
            }
        }
        return actors;
    }

    private List<String> coalitionProposal(StanceReading r, List<String> actors) {
        boolean proposal = r.hit().stance() == Stance.PROPOSED && !r.subjectIs(ActorFinder.Kind.NON_ACTOR)
                && (r.coalitionNamed(r.hit().end(), r.objectEnd())
                || !r.counts().isEmpty() && namesWholeForce(r));
        if (!proposal || actors.contains(Pledge.COALITION)) {
            return actors;
        }
        List<String> withCoalition = new ArrayList<>(actors);
        withCoalition.add(Pledge.COALITION);
        return withCoalition;
    }

    private boolean namesWholeForce(StanceReading r) {
        for (int k = r.hit().end(); k < r.objectEnd(); k++) {
            if (words.forceNouns.wholeForce(r.tokens().norm(k))) {
                return true;
            }
        }
        return false;
    }

    private List<String> forceDescription(StanceReading r, List<String> actors) {
        if (r.hit().modal() && r.subject().relative() && actors.contains(Pledge.COALITION)) {
            return actors.stream().filter(a -> !a.equals(Pledge.COALITION)).toList();
        }
        return actors;
    }

    private List<String> roundupLabel(StanceReading r, List<String> actors) {
        boolean named = r.subjectIs(ActorFinder.Kind.NON_ACTOR);
        return actors.isEmpty() && !named ? r.label() : actors;
    }
}
