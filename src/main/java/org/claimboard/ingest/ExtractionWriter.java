package org.claimboard.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimboard.article.Article;
import org.claimboard.article.Mention;
import org.claimboard.article.MentionRepository;
import org.claimboard.claim.Claim;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.country.Country;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.TextSpan;
import org.claimboard.outlet.Outlet;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.springframework.stereotype.Component;

/**
 * Stores what the extractor found in one article: mentions, claims with their outlet and countries, and
 * pledges, each pledge tied to the claim of its sentence (a claim is made for a pledge's sentence when the
 * extractor reported none). Runs inside the caller's transaction; items whose offsets fall outside the
 * text are dropped, never stored wrong.
 */
@Component
class ExtractionWriter {

    private final ReferenceData references;
    private final MentionRepository mentions;
    private final ClaimRepository claims;
    private final TroopPledgeRepository pledges;

    ExtractionWriter(ReferenceData references, MentionRepository mentions, ClaimRepository claims,
                     TroopPledgeRepository pledges) {
        this.references = references;
        this.mentions = mentions;
        this.claims = claims;
        this.pledges = pledges;
    }

    /** Counts of what was written. */
    record Written(int mentions, int claims, int pledges) {
    }

    Written write(Article article, Extraction found) {
        Spans spans = new Spans(article.getText().length());
        Map<String, Country> countries = references.countries(countryCodes(found));
        Map<String, Outlet> outlets = outletsByWrittenName(found);
        Map<String, String[]> people = new LinkedHashMap<>();
        found.people().forEach(p -> people.putIfAbsent(p.name(), new String[] {p.role(), p.country()}));
        references.people(people);

        List<Mention> rows = new MentionRows(article, spans).of(found);
        mentions.saveAll(rows);

        Map<Integer, List<Claim>> claimsBySentence = new HashMap<>();
        List<Claim> claimRows = new ArrayList<>();
        for (ReportedClaim said : found.claims()) {
            if (spans.valid(said.start(), said.end())) {
                Claim claim = claimOf(article, said, countries, outlets);
                claimRows.add(claim);
                claimsBySentence.computeIfAbsent(said.sentence(), index -> new ArrayList<>()).add(claim);
            }
        }
        List<TroopPledge> pledgeRows = new ArrayList<>();
        for (Pledge pledge : found.pledges()) {
            boolean actorKnown = Pledge.COALITION.equals(pledge.actor()) || countries.containsKey(pledge.actor());
            if (!actorKnown || pledge.stance() == null || !spans.valid(pledge.start(), pledge.end())) {
                continue;
            }
            Claim claim = claimHolding(claimsBySentence.get(pledge.sentence()), pledge);
            if (claim == null) {
                claim = claimForPledge(article, found, pledge, countries, outlets, spans);
                claimRows.add(claim);
                claimsBySentence.put(pledge.sentence(), new ArrayList<>(List.of(claim)));
            }
            TroopPledge row = new TroopPledge(claim, pledge.actor(), pledge.stance(), pledge.start(), pledge.end());
            row.setTroops(pledge.troops(), pledge.troopsMax(), pledge.qualifier());
            row.setKind(pledge.kind());
            row.setEvidence(spans.valid(pledge.stanceSpan()), spans.valid(pledge.actorSpan()));
            pledgeRows.add(row);
        }
        claims.saveAll(claimRows);
        pledges.saveAll(pledgeRows);
        return new Written(rows.size(), claimRows.size(), pledgeRows.size());
    }

    /**
     * The claim of the pledge's sentence whose part holds the pledge's stance phrase (a sentence citing two outlets
     * has a claim for each part), else the one naming the pledge's actor, else its first claim; null when the
     * sentence has none.
     */
    private static Claim claimHolding(List<Claim> claimsOfSentence, Pledge pledge) {
        if (claimsOfSentence == null || claimsOfSentence.isEmpty()) {
            return null;
        }
        TextSpan stance = pledge.stanceSpan();
        return claimsOfSentence.stream()
                .filter(c -> stance != null && c.getStartOffset() <= stance.start() && stance.end() <= c.getEndOffset())
                .findFirst()
                .or(() -> claimsOfSentence.stream().filter(c -> c.getCountries().stream()
                        .anyMatch(country -> country.getCode().equals(pledge.actor()))).findFirst())
                .orElse(claimsOfSentence.get(0));
    }

    private static Set<String> countryCodes(Extraction found) {
        Set<String> codes = new HashSet<>(found.countryCodes());
        found.claims().stream().filter(c -> c.countries() != null).forEach(c -> codes.addAll(c.countries()));
        found.pledges().forEach(p -> codes.add(p.actor()));
        codes.remove(null);
        return codes;
    }

    /** The stored outlets by the names the text cites them with: "DW" and "Deutsche Welle" are one outlet. */
    private Map<String, Outlet> outletsByWrittenName(Extraction found) {
        Set<String> written = new HashSet<>(found.outletNames());
        found.claims().forEach(c -> written.add(c.outlet()));
        found.pledges().forEach(p -> written.add(p.outlet()));
        written.remove(null);
        Map<String, String> canonical = found.canonicalOutletNames();
        Map<String, Outlet> byCanonical = references.outlets(
                written.stream().map(n -> canonical.getOrDefault(n, n)).collect(Collectors.toSet()));
        Map<String, Outlet> byWritten = new HashMap<>();
        for (String name : written) {
            Outlet outlet = byCanonical.get(canonical.getOrDefault(name, name));
            if (outlet != null) {
                byWritten.put(name, outlet);
            }
        }
        return byWritten;
    }

    private static Claim claimOf(Article article, ReportedClaim said, Map<String, Country> countries,
                                 Map<String, Outlet> outlets) {
        Claim claim = new Claim(article, said.sentence(), said.start(), said.end(),
                article.excerpt(said.start(), said.end()));
        claim.setOutlet(said.outlet() == null ? null : outlets.get(said.outlet()));
        claim.setSpeaker(Limits.fit(said.speaker(), Limits.NAME));
        if (said.countries() != null) {
            said.countries().stream().map(countries::get).filter(c -> c != null).forEach(claim::addCountry);
        }
        if (said.date() != null) {
            claim.setEventDate(said.date().date(), said.date().yearSource());
        }
        return claim;
    }

    /** A claim for the sentence a pledge stands in: its countries and first date are those inside it. */
    private static Claim claimForPledge(Article article, Extraction found, Pledge pledge,
                                        Map<String, Country> countries, Map<String, Outlet> outlets, Spans spans) {
        Sentence sentence = found.sentences().stream().filter(s -> s.index() == pledge.sentence())
                .filter(s -> spans.valid(s.start(), s.end())).findFirst()
                .orElse(new Sentence(pledge.sentence(), pledge.start(), pledge.end()));
        Claim claim = new Claim(article, sentence.index(), sentence.start(), sentence.end(),
                article.excerpt(sentence.start(), sentence.end()));
        claim.setOutlet(pledge.outlet() == null ? null : outlets.get(pledge.outlet()));
        if (countries.containsKey(pledge.actor())) {
            claim.addCountry(countries.get(pledge.actor()));
        }
        for (CountryMention mention : found.countries()) {
            if (mention.start() >= sentence.start() && mention.end() <= sentence.end()
                    && countries.containsKey(mention.code())) {
                claim.addCountry(countries.get(mention.code()));
            }
        }
        found.dates().stream().filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end())
                .findFirst().ifPresent((DateMention d) -> claim.setEventDate(d.date(), d.yearSource()));
        return claim;
    }

    /** Bounds of the article text that every stored span must respect. */
    record Spans(int length) {
        boolean valid(int start, int end) {
            return start >= 0 && start <= end && end <= length;
        }

        /** The span, or null when it is unknown or outside the text: evidence is dropped, its pledge kept. */
        TextSpan valid(TextSpan span) {
            return span != null && valid(span.start(), span.end()) ? span : null;
        }
    }
}
