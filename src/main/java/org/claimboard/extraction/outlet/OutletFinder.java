package org.claimboard.extraction.outlet;

import java.util.ArrayList;
import java.util.List;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.text.Stems;

/**
 * Finds news outlets cited as sources. A listed outlet ("FT", "The Times") counts in a sentence that speaks of
 * reporting ("reported", "according to", "article"); any other name counts when the grammar of reporting says
 * it is an outlet ("Caliber.Az reports", "a report in Le Monde") and it is no person, country or government body.
 */
public final class OutletFinder implements ExtractionStep {

    private final OutletLexicon lexicon = new OutletLexicon();

    @Override
    public void apply(Document doc) {
        doc.setOutlets(find(doc.text(), doc.tokens(), doc.sentences(), doc.people(), doc.countries()));
    }

    public List<OutletMention> find(String text, Tokens raw, List<Sentence> sentences, List<PersonMention> people,
                                    List<CountryMention> countries) {
        Tokens tokens = Stems.withoutPossessives(text, raw);
        NameSpans spans = new NameSpans(text, tokens, lexicon, people, countries);
        List<OutletMention> found = new ArrayList<>();
        if (sentences.isEmpty()) {
            findInSentence(tokens, 0, tokens.size(), spans, found);
        }
        for (Sentence s : sentences) {
            findInSentence(tokens, tokens.firstStartingAtOrAfter(s.start()), tokens.firstStartingAtOrAfter(s.end()),
                    spans, found);
        }
        return found;
    }

    private void findInSentence(Tokens tokens, int from, int to, NameSpans spans, List<OutletMention> found) {
        boolean cue = false;
        for (int i = from; i < to && !cue; i++) {
            cue = lexicon.isCue(tokens.norm(i));
        }
        boolean[] listed = new boolean[to - from];
        int i = from;
        while (cue && i < to) {
            PhraseMatcher.Match<OutletLexicon.Listed> m = lexicon.outlets.longestAt(tokens, i, to);
            if (m != null && (!m.value().allCaps() || spans.isUpperCase(m.start(), m.end()))
                    && !spans.touchesPerson(m.firstToken(), m.endToken())) {
                int end = spans.listedNameEnd(m.firstToken(), m.endToken(), to);
                if (!spans.isCredit(m.firstToken(), m.endToken()) && end > 0) {
                    found.add(end == m.endToken()
                            ? new OutletMention(spans.nameOver(m.firstToken(), end).text(), m.value().canonical(),
                                    m.start(), m.end())
                            : writtenLonger(spans.nameOver(m.firstToken(), end)));
                }
                end = Math.max(end, m.endToken());
                for (int k = m.firstToken(); k < end; k++) {
                    listed[k - from] = true;
                }
                i = end;
            } else {
                i++;
            }
        }
        for (i = from; i < to; i++) {
            PhraseMatcher.Match<OutletLexicon.Grammar> after = lexicon.after.longestAt(tokens, i, to);
            if (after != null) {
                addCandidate(spans.nameEndingBefore(i, from), after.value(), from, listed, spans, found);
            }
            PhraseMatcher.Match<OutletLexicon.Grammar> before = lexicon.before.longestAt(tokens, i, to);
            if (before != null) {
                addCandidate(spans.nameStartingAt(before.endToken(), to), before.value(), from, listed, spans, found);
            }
        }
    }

    /** A listed name written longer ("BBC Radio 4") is another outlet: it goes by the name as written. */
    private static OutletMention writtenLonger(NameSpans.Name name) {
        return new OutletMention(name.text(), name.start(), name.end());
    }

    private static boolean anyListed(boolean[] listed, int from, int to) {
        for (int k = from; k < to; k++) {
            if (listed[k]) {
                return true;
            }
        }
        return false;
    }

    private void addCandidate(NameSpans.Name name, OutletLexicon.Grammar grammar, int from, boolean[] listed,
                              NameSpans spans, List<OutletMention> found) {
        if (name == null || anyListed(listed, name.first() - from, name.endToken() - from) || !spans.isOutletName(name, from)
                || spans.isCredit(name.first(), name.endToken())) {
            return;
        }
        boolean strong = grammar == OutletLexicon.Grammar.AFTER_STRONG || grammar == OutletLexicon.Grammar.BEFORE_STRONG;
        if (strong || spans.looksLikeOutlet(name, from, grammar == OutletLexicon.Grammar.BEFORE_TOLD)) {
            found.add(new OutletMention(name.text(), name.start(), name.end()));
            for (int k = name.first(); k < name.endToken() && k - from < listed.length; k++) {
                listed[k - from] = true;
            }
        }
    }
}
