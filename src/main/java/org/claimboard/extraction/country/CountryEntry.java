package org.claimboard.extraction.country;

import org.claimboard.extraction.CountryMention.Via;
import org.claimboard.extraction.person.KnownPeople;

/**
 * What a word-list phrase means: a country, how it refers to it, and what the text around it must look like.
 * {@code city}: a capital, which does not count as the venue of a meeting; {@code allCaps}: written in capitals,
 * matches only capitals ("US", not "us"); {@code ambiguous}: also a given name or US state; {@code leader}: the
 * person, whose term decides whether the name stands for the country.
 */
record CountryEntry(String code, Via via, boolean city, boolean allCaps, boolean ambiguous,
                    KnownPeople.Person leader) {

    static CountryEntry of(String code, Via via, String phrase, boolean city, boolean ambiguous) {
        return new CountryEntry(code, via, city, isAllCaps(phrase), ambiguous, null);
    }

    static boolean isAllCaps(String phrase) {
        boolean letters = false;
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && phrase.codePoints().filter(Character::isLetter).count() > 1;
    }
}
