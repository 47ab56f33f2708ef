package org.claimboard.extraction.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.Lexicon;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Tokens;

/**
 * Finds sentences that report a position, plan, number or event: a sentence with a finite verb that names a
 * country, person or outlet, gives a troop count or a date, or refers back to a cited report. Bylines, bracketed notes and verbless lines are
 * not claims. Each claim is attributed to the outlet it cites, else to the outlet a back-reference ("the article
 * claims", "the newspaper") points to: the last one cited in this or the previous paragraph; and to its speaker.
 * A sentence citing several outlets gives a claim for each, over the part of the sentence it speaks for.
 */
public final class ClaimFinder implements ExtractionStep {

    private static final int MIN_WORDS = 4;
    /** At most this many words, a sentence citing an outlet without a "that" or a comma only cites it. */
    private static final int BARE_CITATION_WORDS = 8;

    private final Speakers speakers = new Speakers();
    private final ClaimSpans clauses = new ClaimSpans();
    private final Set<String> finiteVerbs = new HashSet<>(Lexicon.words("finite-verbs.tsv"));
    private final PhraseMatcher<Boolean> reportReferences = new PhraseMatcher<>();

    public ClaimFinder() {
        for (String phrase : Lexicon.words("report-references.tsv")) {
            reportReferences.add(phrase, Boolean.TRUE);
        }
    }

    @Override
    public void apply(Document doc) {
        SentenceIndex index = new SentenceIndex(doc);
        Tokens tokens = doc.tokens();
        List<ReportedClaim> claims = new ArrayList<>();
        PersonMention lastPerson = null;
        String lastOutlet = null;
        int lastOutletParagraph = -10;
        for (int k = 0; k < index.size(); k++) {
            Sentence sentence = index.sentence(k);
            int from = index.firstToken(k);
            int to = index.endToken(k);
            String outlet = index.outlets(k).isEmpty() ? null : index.outlets(k).get(0).name();
            if (outlet == null && lastOutlet != null && index.paragraph(k) - lastOutletParagraph <= 1
                    && (refersToReport(tokens, from, to) || continuesBareCitation(index, k, tokens))) {
                outlet = lastOutlet;
            }
            if (!index.outlets(k).isEmpty()) {
                lastOutlet = index.outlets(k).get(index.outlets(k).size() - 1).name();
                lastOutletParagraph = index.paragraph(k);
            }
            PersonMention speaker = speakers.speaker(tokens, from, to, index.people(k), lastPerson);
            if (!index.people(k).isEmpty()) {
                lastPerson = index.people(k).get(index.people(k).size() - 1);
            }
            if (!reports(index, k, tokens, from, to, doc.text(), outlet != null)) {
                continue;
            }
            String speakerName = speaker == null ? null : speaker.name();
            List<ClaimSpans.Span> parts = clauses.spans(tokens, sentence.start(), sentence.end(), index.outlets(k));
            if (parts.isEmpty()) {
                DateMention date = index.dates(k).isEmpty() ? null : index.dates(k).get(0);
                claims.add(new ReportedClaim(sentence.index(), sentence.start(), sentence.end(), sentence.text(doc.text()),
                        outlet, speakerName, countries(index.countries(k), speaker), date));
            }
            for (ClaimSpans.Span part : parts) {
                claims.add(new ReportedClaim(sentence.index(), part.start(), part.end(),
                        doc.text().substring(part.start(), part.end()), part.outlet(), speakerName,
                        countries(within(index.countries(k), part, CountryMention::start), speaker),
                        within(index.dates(k), part, DateMention::start).stream().findFirst().orElse(null)));
            }
        }
        doc.setClaims(claims);
    }

    private boolean reports(SentenceIndex index, int k, Tokens tokens, int from, int to, String text,
                            boolean attributed) {
        boolean mentions = attributed || !index.countries(k).isEmpty() || !index.people(k).isEmpty()
                || !index.outlets(k).isEmpty() || !index.troopCounts(k).isEmpty() || !index.dates(k).isEmpty();
        if (!mentions || to - from < MIN_WORDS || isBracketed(text, index.sentence(k))) {
            return false;
        }
        if (tokens.is(from, "by") && to - from <= 6) {
            return false;
        }
        for (int t = from; t < to; t++) {
            if (isFiniteVerb(tokens, t)) {
                return true;
            }
        }
        return false;
    }

    /** A listed verb, a past form ("deployed"), or a present form right after a name ("Germany refuses"). */
    private boolean isFiniteVerb(Tokens tokens, int t) {
        if (!tokens.isWord(t)) {
            return false;
        }
        String norm = tokens.norm(t);
        if (finiteVerbs.contains(norm)) {
            return true;
        }
        if (tokens.isCapitalized(t)) {
            return false;
        }
        boolean pastTense = norm.length() >= 5 && norm.endsWith("ed");
        boolean afterName = norm.length() >= 4 && norm.endsWith("s") && !norm.endsWith("ss") && t > 0
                && tokens.isWord(t - 1) && tokens.isCapitalized(t - 1);
        return pastTense || afterName;
    }

    /**
     * Whether sentence k goes on with what the sentence before only cited, in the same paragraph: a short sentence
     * that names an outlet and says nothing of what it reported ("Trump has been on Fox News.", "The Times
     * reported on Monday.") leaves the report to the next sentence.
     */
    private static boolean continuesBareCitation(SentenceIndex index, int k, Tokens tokens) {
        if (k == 0 || index.paragraph(k - 1) != index.paragraph(k) || index.outlets(k - 1).isEmpty()) {
            return false;
        }
        int words = 0;
        for (int t = index.firstToken(k - 1); t < index.endToken(k - 1); t++) {
            if (tokens.is(t, "that") || tokens.is(t, ":") || tokens.is(t, ",")) {
                return false;
            }
            words += tokens.isWord(t) ? 1 : 0;
        }
        return words <= BARE_CITATION_WORDS;
    }

    private boolean refersToReport(Tokens tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (reportReferences.longestAt(tokens, t, to) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBracketed(String text, Sentence sentence) {
        int end = Math.min(sentence.end(), text.length());
        String s = text.substring(Math.min(sentence.start(), end), end).strip();
        return s.length() >= 2 && (s.charAt(0) == '[' && s.endsWith("]") || s.charAt(0) == '(' && s.endsWith(")"));
    }

    /** The mentions that start inside a claim's span. */
    private static <T> List<T> within(List<T> mentions, ClaimSpans.Span span, ToIntFunction<T> start) {
        return mentions.stream().filter(m -> start.applyAsInt(m) >= span.start() && start.applyAsInt(m) < span.end())
                .toList();
    }

    private static List<String> countries(List<CountryMention> mentions, PersonMention speaker) {
        Set<String> codes = new LinkedHashSet<>();
        mentions.forEach(m -> codes.add(m.code()));
        if (speaker != null && speaker.country() != null) {
            codes.add(speaker.country());
        }
        return List.copyOf(codes);
    }
}
