package org.claimboard.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimboard.article.Article;
import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.ForceKind;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PartialDate;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.Qualifier;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Stance;
import org.claimboard.extraction.TextSpan;
import org.claimboard.extraction.YearSource;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.article.MentionRepository;
import org.claimboard.claim.ClaimRepository;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in extractor with fixed, simple rules, so ingest tests know exactly what must be stored whatever
 * state the real extractor is in. Sentences end at ". "; countries are France/Germany/Poland; "The Times"
 * is an outlet; "Keir Starmer" a person; "10 April 2025" a date; "will send" an offer (with "5,000"),
 * "declined" a refusal, "considering" a hesitation (each pledge's evidence: that phrase and its first country). The claims are the sentences citing The Times or
 * holding a date, so a pledge elsewhere makes the writer create its claim.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedExtraction {

    /** Text containing this makes the extractor throw. */
    static final String EXTRACTION_BREAKS = "EXTRACTION_BREAKS";
    /** Text containing this makes storing fail after every row was written. */
    static final String STORAGE_BREAKS = "STORAGE_BREAKS";

    /** Text containing this gets junk findings too (bad offsets, codes, nulls, overlong names). */
    static final String JUNK = "JUNK";

    static final Map<String, String> COUNTRIES = Map.of("France", "FR", "Germany", "DE", "Poland", "PL");

    @Bean
    ScriptedStep scriptedStep() {
        return new ScriptedStep();
    }

    @Bean
    @Primary
    ExtractionPipeline scriptedPipeline(ScriptedStep step) {
        return new ExtractionPipeline(List.of(step));
    }

    /** The real writer, failing at the very end for marked texts: the transaction must undo everything. */
    @Bean
    @Primary
    ExtractionWriter failingWriter(ReferenceData references, MentionRepository mentions, ClaimRepository claims,
                                   TroopPledgeRepository pledges) {
        return new ExtractionWriter(references, mentions, claims, pledges) {
            @Override
            Written write(Article article, Extraction found) {
                Written written = super.write(article, found);
                if (article.getText().contains(STORAGE_BREAKS)) {
                    throw new IllegalStateException("storage broke after " + written);
                }
                return written;
            }
        };
    }

    static final class ScriptedStep implements ExtractionStep {

        /** Whether Poland is recognised: switched off and on to show that re-extraction replaces results. */
        volatile boolean knowsPoland = true;

        /** When set, texts containing it make the step throw (for failures after the article was stored). */
        volatile String breaksOn;

        void reset() {
            knowsPoland = true;
            breaksOn = null;
        }

        @Override
        public void apply(Document doc) {
            String text = doc.text();
            String marker = breaksOn;
            if (text.contains(EXTRACTION_BREAKS) || marker != null && text.contains(marker)) {
                throw new IllegalStateException("extractor broke");
            }
            List<Sentence> sentences = sentences(text);
            List<CountryMention> countries = new ArrayList<>();
            COUNTRIES.forEach((name, code) -> {
                if (knowsPoland || !code.equals("PL")) {
                    occurrences(text, name).forEach(at -> countries.add(
                            new CountryMention(code, CountryMention.Via.NAME, at, at + name.length())));
                }
            });
            countries.sort((a, b) -> Integer.compare(a.start(), b.start()));
            List<OutletMention> outlets = new ArrayList<>();
            occurrences(text, "The Times").forEach(at -> outlets.add(new OutletMention("The Times", at, at + 9)));
            List<PersonMention> people = new ArrayList<>();
            occurrences(text, "Keir Starmer").forEach(at -> people.add(
                    new PersonMention("Keir Starmer", "Prime Minister", "GB", at, at + 12)));
            List<DateMention> dates = new ArrayList<>();
            occurrences(text, "10 April 2025").forEach(at -> dates.add(
                    new DateMention(new PartialDate(2025, 4, 10), YearSource.STATED, at, at + 13)));
            List<ReportedClaim> claims = new ArrayList<>();
            List<Pledge> pledges = new ArrayList<>();
            for (Sentence s : sentences) {
                String said = s.text(text);
                List<String> codes = countries.stream().filter(c -> s.contains(c.start())).map(CountryMention::code)
                        .distinct().toList();
                DateMention date = dates.stream().filter(d -> s.contains(d.start())).findFirst().orElse(null);
                String outlet = said.contains("The Times") ? "The Times" : null;
                if (outlet != null || date != null) {
                    claims.add(new ReportedClaim(s.index(), s.start(), s.end(), said, outlet, null, codes, date));
                }
                Stance stance = said.contains("will send") ? Stance.OFFERED
                        : said.contains("declined") ? Stance.DECLINED
                        : said.contains("considering") ? Stance.CONSIDERING : null;
                if (stance != null && !codes.isEmpty()) {
                    Integer troops = said.contains("5,000") ? 5000 : null;
                    String phrase = stance == Stance.OFFERED ? "will send"
                            : stance == Stance.DECLINED ? "declined" : "considering";
                    int at = s.start() + said.indexOf(phrase);
                    TextSpan actorSpan = countries.stream().filter(c -> s.contains(c.start()))
                            .filter(c -> c.code().equals(codes.get(0))).findFirst()
                            .map(c -> new TextSpan(c.start(), c.end())).orElse(null);
                    pledges.add(new Pledge(codes.get(0), stance, troops, null, troops == null ? null : Qualifier.EXACT,
                            ForceKind.TROOPS, s.index(), s.start(), s.end(), said, outlet,
                            new TextSpan(at, at + phrase.length()), actorSpan));
                }
            }
            if (text.contains(JUNK)) {
                int past = text.length() + 10;
                countries.add(new CountryMention("X1", CountryMention.Via.NAME, 0, 4));
                countries.add(new CountryMention("DE", CountryMention.Via.NAME, 5, past));
                outlets.add(new OutletMention("Very Long Outlet ".repeat(30), 0, 4));
                people.add(new PersonMention(null, null, null, 0, 4));
                claims.add(new ReportedClaim(0, -1, 3, "?", null, null, List.of("FR"), null));
                claims.add(new ReportedClaim(0, 0, 4, "?", "Very Long Outlet ".repeat(30), "Speaker ".repeat(80),
                        java.util.Arrays.asList("FR", null, "EU1"), null));
                pledges.add(new Pledge(null, Stance.OFFERED, null, null, null, null, 0, 0, 4, "?", null, null, null));
                pledges.add(new Pledge("FR", null, null, null, null, null, 0, 0, 4, "?", null, null, null));
                pledges.add(new Pledge("FR", Stance.OFFERED, null, null, null, null, 99, 0, past, "?", null, null, null));
                pledges.add(new Pledge(Pledge.COALITION, Stance.PROPOSED, 10000, 20000, Qualifier.RANGE,
                        ForceKind.TROOPS, 99, 0, 4, "?", null, new TextSpan(0, past), new TextSpan(0, 4)));
            }
            doc.setSentences(sentences);
            doc.setCountries(countries);
            doc.setOutlets(outlets);
            doc.setPeople(people);
            doc.setDates(dates);
            doc.setClaims(claims);
            doc.setPledges(pledges);
        }

        private static List<Sentence> sentences(String text) {
            List<Sentence> sentences = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int stop = text.indexOf(". ", start);
                int end = stop < 0 ? text.length() : stop + 1;
                sentences.add(new Sentence(sentences.size(), start, end));
                start = stop < 0 ? text.length() : stop + 2;
            }
            return sentences;
        }

        private static List<Integer> occurrences(String text, String word) {
            List<Integer> at = new ArrayList<>();
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                at.add(i);
            }
            return at;
        }
    }
}
