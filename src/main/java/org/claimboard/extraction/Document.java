package org.claimboard.extraction;

import java.util.List;

/**
 * The article being worked on: its text plus the layers the steps add, in pipeline order.
 * Metadata starts as given by the input; {@code MetadataFinder} fills what is missing from the text.
 */
public final class Document {

    private final ArticleInput input;
    private final String text;
    private String title;
    private String publisher;
    private String author;
    private Tokens tokens;
    private List<Sentence> sentences = List.of();
    private List<CountryMention> countries = List.of();
    private List<PersonMention> people = List.of();
    private List<OutletMention> outlets = List.of();
    private List<DateMention> dates = List.of();
    private List<TroopCount> troopCounts = List.of();
    private List<ReportedClaim> claims = List.of();
    private List<Pledge> pledges = List.of();

    public Document(ArticleInput input) {
        this.input = input;
        this.text = input.text();
        this.title = input.title();
        this.publisher = input.publisher();
        this.author = input.author();
        this.tokens = Tokens.empty(text);
    }

    public Extraction toExtraction() {
        return new Extraction(text, title, publisher, author, input.published(), input.source(), tokens.size(),
                sentences, countries, people, outlets, dates, troopCounts, claims, pledges);
    }

    public ArticleInput input() { return input; }
    public String text() { return text; }
    public String title() { return title; }
    public String publisher() { return publisher; }
    public String author() { return author; }
    public Tokens tokens() { return tokens; }
    public List<Sentence> sentences() { return sentences; }
    public List<CountryMention> countries() { return countries; }
    public List<PersonMention> people() { return people; }
    public List<OutletMention> outlets() { return outlets; }
    public List<DateMention> dates() { return dates; }
    public List<TroopCount> troopCounts() { return troopCounts; }
    public List<ReportedClaim> claims() { return claims; }
    public List<Pledge> pledges() { return pledges; }

    public void setTitle(String title) { this.title = title; }
    public void setPublisher(String publisher) { this.publisher = publisher; }
    public void setAuthor(String author) { this.author = author; }
    public void setTokens(Tokens tokens) { this.tokens = tokens; }
    public void setSentences(List<Sentence> sentences) { this.sentences = List.copyOf(sentences); }
    public void setCountries(List<CountryMention> countries) { this.countries = List.copyOf(countries); }
    public void setPeople(List<PersonMention> people) { this.people = List.copyOf(people); }
    public void setOutlets(List<OutletMention> outlets) { this.outlets = List.copyOf(outlets); }
    public void setDates(List<DateMention> dates) { this.dates = List.copyOf(dates); }
    public void setTroopCounts(List<TroopCount> troopCounts) { this.troopCounts = List.copyOf(troopCounts); }
    public void setClaims(List<ReportedClaim> claims) { this.claims = List.copyOf(claims); }
    public void setPledges(List<Pledge> pledges) { this.pledges = List.copyOf(pledges); }

    /** The sentence holding the character at {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int position = sentencePosition(offset);
        return position < 0 ? null : sentences.get(position);
    }

    /** Position in the sentence list of the sentence holding the character at {@code offset}, or -1. */
    public int sentencePosition(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
