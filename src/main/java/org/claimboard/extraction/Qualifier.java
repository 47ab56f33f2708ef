package org.claimboard.extraction;

/** How a stated number relates to the real one: "64,000" exact, "over 10,000" at least, and so on. */
public enum Qualifier {
    EXACT, AT_LEAST, AT_MOST, ABOUT, RANGE
}
