package org.claimboard.extraction.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.extraction.CountryMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.ExtractionStep;
import org.claimboard.extraction.PersonMention;
import org.claimboard.extraction.PhraseMatcher;
import org.claimboard.extraction.Tokens;
import org.claimboard.extraction.text.Stems;

/**
 * Finds named people, their roles and the countries they speak for: a capitalised name after a role
 * ("Kremlin spokesman Dmitry Peskov", "Mr. Tony Radakin"), known leaders by full name or surname, and later
 * mentions of a surname seen earlier in full.
 */
public final class PersonFinder implements ExtractionStep {

    private final PersonLexicon lexicon = new PersonLexicon();

    @Override
    public void apply(Document doc) {
        List<PersonMention> people = new ArrayList<>(find(doc.text(), doc.tokens(), doc.countries(),
                doc.input().published()));
        addAuthor(doc.text(), doc.author(), people);
        doc.setPeople(people);
    }

    /** The byline's author is a person too, where the text names them. */
    private static void addAuthor(String text, String author, List<PersonMention> people) {
        int at = author == null || author.isBlank() ? -1 : text.indexOf(author);
        if (at >= 0 && people.stream().noneMatch(p -> p.start() <= at && at < p.end())) {
            people.add(new PersonMention(author, "author", null, at, at + author.length()));
            people.sort(Comparator.comparingInt(PersonMention::start));
        }
    }

    public List<PersonMention> find(String text, Tokens raw, List<CountryMention> countries, LocalDate published) {
        Tokens tokens = Stems.withoutPossessives(text, raw);
        NameScanner scanner = new NameScanner(text, raw, tokens, lexicon, countries);
        List<PersonMention> mentions = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int next = i + 1;
            boolean named = false;
            PhraseMatcher.Match<KnownPeople.Person> person = lexicon.known.longestAt(tokens, i, tokens.size());
            PhraseMatcher.Match<PersonLexicon.RoleKind> role = lexicon.roles.longestAt(tokens, i, tokens.size());
            if (person != null) {
                KnownPeople.Person p = person.value();
                mentions.add(new PersonMention(p.name(), p.role(), p.countryOn(published), person.start(), person.end()));
                next = person.endToken();
                named = true;
            } else if (role != null && role.value() != PersonLexicon.RoleKind.NOT_ROLE) {
                PersonMention afterRole = scanner.afterRole(role, published);
                if (afterRole != null) {
                    mentions.add(afterRole);
                    next = tokens.firstStartingAtOrAfter(afterRole.end());
                    named = true;
                } else {
                    next = role.endToken();
                }
            }
            for (int k = i; named && k < next; k++) {
                taken[k] = true;
            }
            i = next;
        }
        mentions.addAll(laterSurnames(tokens, taken, mentions));
        mentions.sort(Comparator.comparingInt(PersonMention::start));
        return mentions;
    }

    /** Surnames standing alone that belong to a full name found elsewhere in the text. */
    private List<PersonMention> laterSurnames(Tokens tokens, boolean[] taken, List<PersonMention> found) {
        Map<String, PersonMention> bySurname = new HashMap<>();
        for (PersonMention m : found) {
            int space = m.name().lastIndexOf(' ');
            if (space > 0) {
                bySurname.putIfAbsent(Tokens.normalize(m.name().substring(space + 1)), m);
            }
        }
        List<PersonMention> later = new ArrayList<>();
        if (bySurname.isEmpty()) {
            return later;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!taken[i] && tokens.isCapitalized(i)) {
                PersonMention full = bySurname.get(tokens.norm(i));
                if (full != null) {
                    later.add(new PersonMention(full.name(), full.role(), full.country(), tokens.start(i), tokens.end(i)));
                }
            }
        }
        return later;
    }
}
