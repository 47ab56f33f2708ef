package org.claimboard.extraction;

/**
 * A place in the text that refers to a country (ISO 3166-1 alpha-2 code), and how it did:
 * by name, demonym, capital or seat of government, or a leader's name.
 */
public record CountryMention(String code, Via via, int start, int end) {

    public enum Via { NAME, DEMONYM, CAPITAL, LEADER }
}
