package org.claimboard.extraction;

/** The position an actor takes on sending forces; definitions in the gold README. */
public enum Stance {
    /** A plan or force size put forward. */
    PROPOSED,
    /** Ready, willing, pledged or committed to send. */
    OFFERED,
    /** Open to it, hesitating, assessing. */
    CONSIDERING,
    /** Refuses, unwilling, will not. */
    DECLINED,
    /** Withdrew or dropped an earlier offer or plan. */
    REVERSED
}
