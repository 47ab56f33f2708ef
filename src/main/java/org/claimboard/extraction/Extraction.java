package org.claimboard.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the pipeline found in one article; every item carries offsets into {@code text}. */
public record Extraction(String text, String title, String publisher, String author, LocalDate published,
                         String source, int tokenCount, List<Sentence> sentences, List<CountryMention> countries,
                         List<PersonMention> people, List<OutletMention> outlets, List<DateMention> dates,
                         List<TroopCount> troopCounts, List<ReportedClaim> claims, List<Pledge> pledges) {

    /** Distinct country codes in order of first mention. */
    public Set<String> countryCodes() {
        Set<String> codes = new LinkedHashSet<>();
        countries.forEach(c -> codes.add(c.code()));
        return codes;
    }

    /** Distinct cited outlet names in order of first mention. */
    public Set<String> outletNames() {
        Set<String> names = new LinkedHashSet<>();
        outlets.forEach(o -> names.add(o.name()));
        return names;
    }

    /** The canonical name of each outlet by the name the text cites it with ("DW" to "Deutsche Welle"). */
    public Map<String, String> canonicalOutletNames() {
        Map<String, String> canonical = new HashMap<>();
        outlets.forEach(o -> canonical.putIfAbsent(o.name(), o.canonical()));
        return canonical;
    }

    /** Distinct person names in order of first mention. */
    public Set<String> personNames() {
        Set<String> names = new LinkedHashSet<>();
        people.forEach(p -> names.add(p.name()));
        return names;
    }

    public String textOf(Sentence sentence) {
        return sentence.text(text);
    }
}
