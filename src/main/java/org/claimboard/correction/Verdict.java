package org.claimboard.correction;

/** What an editor found when checking a claim against other sources. */
public enum Verdict {
    VERIFIED, DISPUTED, UNVERIFIED
}
