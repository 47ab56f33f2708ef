package org.claimboard.extraction.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.TroopCount;

/**
 * The document's layers grouped by sentence, in text order, plus each sentence's token range and paragraph.
 * Built once per document in time linear in the mentions (a binary search each); holds no state between documents.
 */
public final class SentenceIndex {

    private final Document doc;
    private final Tokens tokens;
    private final List<List<CountryMention>> countries;
    private final List<List<PersonMention>> people;
    private final List<List<OutletMention>> outlets;
    private final List<List<DateMention>> dates;
    private final List<List<TroopCount>> troopCounts;
    private final int[] paragraphs;

    public SentenceIndex(Document doc) {
        this(doc, doc.tokens());
    }

    /** An index whose token ranges are over {@code tokens}, a filtered view of the document's tokens. */
    public SentenceIndex(Document doc, Tokens tokens) {
        this.doc = doc;
        this.tokens = tokens;
        this.countries = group(doc.countries(), CountryMention::start);
        this.people = group(doc.people(), PersonMention::start);
        this.outlets = group(doc.outlets(), OutletMention::start);
        this.dates = group(doc.dates(), DateMention::start);
        this.troopCounts = group(doc.troopCounts(), TroopCount::start);
        this.paragraphs = paragraphs(doc);
    }

    public int size() {
        return doc.sentences().size();
    }

    public Sentence sentence(int k) {
        return doc.sentences().get(k);
    }

    public List<CountryMention> countries(int k) { return countries.get(k); }
    public List<PersonMention> people(int k) { return people.get(k); }
    public List<OutletMention> outlets(int k) { return outlets.get(k); }
    public List<DateMention> dates(int k) { return dates.get(k); }
    public List<TroopCount> troopCounts(int k) { return troopCounts.get(k); }

    /** Paragraph number of sentence k: a line break between two sentences starts a new paragraph. */
    public int paragraph(int k) {
        return paragraphs[k];
    }

    /** First token of sentence k. */
    public int firstToken(int k) {
        return tokens.firstStartingAtOrAfter(sentence(k).start());
    }

    /** Token after the last token of sentence k. */
    public int endToken(int k) {
        int end = tokens.firstStartingAtOrAfter(sentence(k).end());
        return Math.max(firstToken(k), end);
    }

    /** Items per sentence; sentences without any share one empty list (most sentences of a long text). */
    private <T> List<List<T>> group(List<T> items, ToIntFunction<T> start) {
        int n = doc.sentences().size();
        List<List<T>> groups = new ArrayList<>(Collections.nCopies(n, List.<T>of()));
        for (T item : items) {
            int position = positionOf(start.applyAsInt(item));
            if (position >= 0) {
                List<T> group = groups.get(position);
                if (group.isEmpty()) {
                    group = new ArrayList<>(2);
                    groups.set(position, group);
                }
                group.add(item);
            }
        }
        for (List<T> group : groups) {
            if (group.size() > 1) {
                group.sort((a, b) -> Integer.compare(start.applyAsInt(a), start.applyAsInt(b)));
            }
        }
        return groups;
    }

    /** Position in the sentence list of the sentence holding the offset, or -1. */
    public int positionOf(int offset) {
        return doc.sentencePosition(offset);
    }

    private static int[] paragraphs(Document doc) {
        List<Sentence> sentences = doc.sentences();
        String text = doc.text();
        int[] paragraphs = new int[sentences.size()];
        int paragraph = 0;
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                int from = Math.min(sentences.get(k - 1).end(), text.length());
                int to = Math.min(Math.max(from, sentences.get(k).start()), text.length());
                if (text.substring(from, to).indexOf('\n') >= 0) {
                    paragraph++;
                }
            }
            paragraphs[k] = paragraph;
        }
        return paragraphs;
    }
}
