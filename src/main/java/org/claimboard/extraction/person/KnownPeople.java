package org.claimboard.extraction.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.extraction.Lexicon;

/** Leaders, ministers and spokespeople from {@code people.tsv}, with the terms they held office. */
public final class KnownPeople {

    /** One office term; {@code to} is null while still in office. */
    public record Term(LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** A known person: the country spoken for (null for none), other names, office terms and role. */
    public record Person(String name, String country, List<String> otherNames, List<Term> terms, String role) {

        /** The country this person stands for on the given day; always when the day is unknown. */
        public String countryOn(LocalDate day) {
            if (country == null || day == null) {
                return country;
            }
            return terms.stream().anyMatch(t -> t.covers(day)) ? country : null;
        }
    }

    private final List<Person> people;

    private KnownPeople(List<Person> people) {
        this.people = List.copyOf(people);
    }

    public static KnownPeople load() {
        Map<String, Person> byName = new LinkedHashMap<>();
        for (String[] row : Lexicon.rows("people.tsv")) {
            String country = row[0].equals("-") ? null : row[0];
            String name = row[1];
            List<String> others = row.length > 2 && !row[2].isEmpty() ? List.of(row[2].split(",")) : List.of();
            Term term = new Term(date(row, 3), date(row, 4));
            String role = row.length > 5 ? row[5] : null;
            String key = name + "|" + country;
            Person known = byName.get(key);
            if (known == null) {
                byName.put(key, new Person(name, country, others.stream().map(String::strip).toList(),
                        List.of(term), role));
            } else {
                List<Term> terms = new ArrayList<>(known.terms());
                terms.add(term);
                byName.put(key, new Person(name, known.country(), known.otherNames(), List.copyOf(terms), known.role()));
            }
        }
        return new KnownPeople(new ArrayList<>(byName.values()));
    }

    private static LocalDate date(String[] row, int k) {
        return row.length > k && !row[k].isEmpty() ? LocalDate.parse(row[k]) : null;
    }

    public List<Person> all() {
        return people;
    }
}
