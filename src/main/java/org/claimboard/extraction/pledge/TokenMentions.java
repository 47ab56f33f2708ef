package org.claimboard.extraction.pledge;

import java.util.List;
import java.util.Set;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;

/** Which mention each token belongs to: countries, people and names of the coalition. One per document. */
final class TokenMentions {

    /** "coalition government", "coalition partners": a coalition at home, not the force. */
    private static final Set<String> NOT_THE_FORCE = Set.of("government", "governments", "partner", "partners",
            "talks", "agreement", "deal", "parties", "party");

    private final CountryMention[] countries;
    private final PersonMention[] people;
    private final boolean[] coalition;

    TokenMentions(Document doc, Tokens tokens, PhraseMatcher<Boolean> coalitionTerms) {
        int n = tokens.size();
        countries = new CountryMention[n];
        people = new PersonMention[n];
        coalition = new boolean[n];
        for (CountryMention mention : doc.countries()) {
            mark(tokens, mention.start(), mention.end(), countries, mention);
        }
        for (PersonMention mention : doc.people()) {
            mark(tokens, mention.start(), mention.end(), people, mention);
        }
        for (PhraseMatcher.Match<Boolean> match : coalitionTerms.findAll(tokens)) {
            if (NOT_THE_FORCE.contains(match.endToken() < n ? tokens.norm(match.endToken()) : "")) {
                continue;
            }
            for (int k = match.firstToken(); k < match.endToken(); k++) {
                coalition[k] = true;
            }
        }
    }

    private static <T> void mark(Tokens tokens, int start, int end, T[] byToken, T mention) {
        if (end <= start || tokens.size() == 0) {
            return;
        }
        int first = tokens.indexAtOrAfter(start);
        int last = tokens.indexAtOrAfter(end - 1);
        for (int k = first; k <= last && k < byToken.length; k++) {
            if (byToken[k] == null) {
                byToken[k] = mention;
            }
        }
    }

    CountryMention country(int k) {
        return k >= 0 && k < countries.length ? countries[k] : null;
    }

    PersonMention person(int k) {
        return k >= 0 && k < people.length ? people[k] : null;
    }

    boolean coalition(int k) {
        return k >= 0 && k < coalition.length && coalition[k];
    }

    static <T> T last(List<T> items) {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }
}
