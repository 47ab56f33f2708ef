package org.claimboard.extraction.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.OutletMention;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Sentence;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.date.DateFinder;
import org.claimboard.extraction.number.TroopCountFinder;
import org.claimboard.extraction.text.Tokenizer;

/**
 * Builds a document by hand for testing the later steps on literal sentences: a naive sentence split (". " and
 * line breaks), countries, outlets and people from small fixed tables, then dates and troop counts.
 */
public final class Docs {

    private static final PhraseMatcher<CountryMention.Via> VIA = new PhraseMatcher<>();
    private static final PhraseMatcher<String> COUNTRIES = new PhraseMatcher<>();
    private static final PhraseMatcher<String> OUTLETS = new PhraseMatcher<>();
    private static final Map<String, String> PEOPLE = Map.of("Keir Starmer", "GB", "Starmer", "GB",
            "Emmanuel Macron", "FR", "Macron", "FR", "Donald Tusk", "PL", "Tusk", "PL", "Giorgia Meloni", "IT",
            "Meloni", "IT", "Dovile Sakaliene", "LT", "Sakaliene", "LT");

    static {
        String[][] names = {
                {"GB", "UK", "United Kingdom", "Britain", "England"}, {"FR", "France"}, {"PL", "Poland"},
                {"IT", "Italy"}, {"ES", "Spain"}, {"FI", "Finland"}, {"DE", "Germany"},
                {"US", "US", "U.S.", "United States"}, {"UA", "Ukraine"}, {"RU", "Russia"}, {"SE", "Sweden"},
                {"BE", "Belgium"}, {"LT", "Lithuania"}, {"EE", "Estonia"}, {"DK", "Denmark"},
                {"NL", "Netherlands"}, {"NO", "Norway"}, {"KP", "North Korea"}, {"CZ", "Czech Republic"}};
        String[][] demonyms = {{"GB", "British"}, {"FR", "French"}, {"PL", "Polish"}, {"IT", "Italian"},
                {"ES", "Spanish"}, {"DE", "German"}, {"US", "American"}, {"UA", "Ukrainian"}, {"RU", "Russian"},
                {"SE", "Swedish"}, {"FI", "Finnish"}};
        String[][] capitals = {{"GB", "London"}, {"US", "Washington"}, {"UA", "Kyiv"}, {"UA", "Kiev"},
                {"RU", "Kremlin"}, {"BE", "Brussels"}, {"FR", "Paris"}};
        add(names, CountryMention.Via.NAME);
        add(demonyms, CountryMention.Via.DEMONYM);
        add(capitals, CountryMention.Via.CAPITAL);
        for (String outlet : List.of("The Times", "The Telegraph", "Financial Times", "The Sunday Times",
                "The Wall Street Journal", "The New York Times", "Caliber.Az")) {
            OUTLETS.add(outlet, outlet);
        }
    }

    private Docs() {
    }

    private static void add(String[][] table, CountryMention.Via via) {
        for (String[] row : table) {
            for (int k = 1; k < row.length; k++) {
                COUNTRIES.add(row[k], row[0]);
                VIA.add(row[k], via);
            }
        }
    }

    /** A document with tokens, sentences, countries, outlets, people, dates and troop counts. */
    public static Document doc(String text) {
        Document doc = new Document(ArticleInput.of(text));
        Tokens tokens = Tokenizer.tokenize(text);
        doc.setTokens(tokens);
        doc.setSentences(sentences(text));
        List<CountryMention> countries = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : COUNTRIES.findAll(tokens)) {
            countries.add(new CountryMention(m.value(), VIA.longestAt(tokens, m.firstToken()).value(), m.start(),
                    m.end()));
        }
        for (int k = 0; k < tokens.size(); k++) {
            String token = tokens.text(k);
            if (token.endsWith("'s") || token.endsWith("’s")) {
                Tokens base = Tokenizer.tokenize(token.substring(0, token.length() - 2));
                PhraseMatcher.Match<String> m = COUNTRIES.longestAt(base, 0);
                if (m != null && m.endToken() == base.size()) {
                    countries.add(new CountryMention(m.value(), VIA.longestAt(base, 0).value(), tokens.start(k),
                            tokens.end(k) - 2));
                }
            }
        }
        countries.sort((a, b) -> Integer.compare(a.start(), b.start()));
        doc.setCountries(countries);
        List<OutletMention> outlets = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : OUTLETS.findAll(tokens)) {
            outlets.add(new OutletMention(m.value(), m.start(), m.end()));
        }
        doc.setOutlets(outlets);
        List<PersonMention> people = new ArrayList<>();
        PEOPLE.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length()).forEach(entry -> {
            String name = entry.getKey();
            String country = entry.getValue();
            int at = text.indexOf(name);
            while (at >= 0) {
                int end = at + name.length();
                int from = at;
                boolean covered = people.stream().anyMatch(p -> p.start() <= from && p.end() >= end);
                if (!covered) {
                    people.add(new PersonMention(name, null, country, at, end));
                }
                at = text.indexOf(name, end);
            }
        });
        people.sort((a, b) -> Integer.compare(a.start(), b.start()));
        doc.setPeople(people);
        new DateFinder().apply(doc);
        new TroopCountFinder().apply(doc);
        return doc;
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            boolean end = k == text.length() || text.charAt(k) == '\n'
                    || (text.charAt(k) == '.' && k + 1 < text.length() && text.charAt(k + 1) == ' '
                    && k > 0 && Character.isLowerCase(text.charAt(k - 1)));
            if (end) {
                int stop = k < text.length() && text.charAt(k) == '.' ? k + 1 : k;
                while (start < stop && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                if (stop > start) {
                    sentences.add(new Sentence(sentences.size(), start, stop));
                }
                start = stop;
            }
        }
        return sentences;
    }
}
