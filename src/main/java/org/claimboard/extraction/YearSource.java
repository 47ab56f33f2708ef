package org.claimboard.extraction;

/** Where the year of a date came from. */
public enum YearSource {
    /** Written next to the date. */
    STATED,
    /** Taken from the publication date. */
    PUBLICATION,
    /** Reasoned out from the article's own narrative ("January 20 this year" after a dated event). */
    CONTEXT,
    /** Not settled: the year stays unknown. */
    UNKNOWN
}
