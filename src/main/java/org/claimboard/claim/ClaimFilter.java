package org.claimboard.claim;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.claimboard.extraction.Stance;

/**
 * What a claim list is narrowed to; every part is optional (null or empty means "any").
 *
 * @param countries ISO codes: claims concerning ANY of them
 * @param outlet    outlet slug
 * @param stance    claims carrying a pledge with this stance
 * @param articleId claims of one article
 * @param from      first day (inclusive) of the claim's date (its event date, else its article's publication)
 * @param to        last day (inclusive)
 * @param q         words the claim's text contains, case-insensitively
 */
public record ClaimFilter(Set<String> countries, String outlet, Stance stance, Long articleId,
                          LocalDate from, LocalDate to, String q) {

    public ClaimFilter {
        Set<String> codes = new TreeSet<>();
        if (countries != null) {
            countries.stream().filter(c -> c != null && !c.isBlank())
                    .map(c -> c.strip().toUpperCase(Locale.ROOT)).forEach(codes::add);
        }
        countries = Set.copyOf(codes);
        outlet = outlet == null || outlet.isBlank() ? null : outlet.strip().toLowerCase(Locale.ROOT);
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null);
    }

    public static ClaimFilter ofArticle(Long articleId) {
        return new ClaimFilter(null, null, null, articleId, null, null, null);
    }

    public ClaimFilter withCountries(Set<String> codes) {
        return new ClaimFilter(codes, outlet, stance, articleId, from, to, q);
    }

    public ClaimFilter withOutlet(String slug) {
        return new ClaimFilter(countries, slug, stance, articleId, from, to, q);
    }

    public ClaimFilter withStance(Stance newStance) {
        return new ClaimFilter(countries, outlet, newStance, articleId, from, to, q);
    }

    public ClaimFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new ClaimFilter(countries, outlet, stance, articleId, newFrom, newTo, q);
    }

    public ClaimFilter withQuery(String words) {
        return new ClaimFilter(countries, outlet, stance, articleId, from, to, words);
    }

    public boolean isEmpty() {
        return countries.isEmpty() && outlet == null && stance == null && articleId == null
                && from == null && to == null && q == null;
    }
}
