package org.claimboard.article;

/** What a highlighted span of an article refers to. */
public enum MentionKind {
    /** A country, value is its ISO alpha-2 code. */
    COUNTRY,
    /** A cited news outlet, value is its canonical name. */
    OUTLET,
    /** A named person, value is the name. */
    PERSON,
    /** A date, value is its ISO form ("2026-01-06", or "--04-10" when the year is unknown). */
    DATE,
    /** A number of personnel, value is the number (or "min-max" for a range). */
    TROOPS
}
