package org.claimboard.pledge;

import org.claimboard.extraction.Stance;

/** How many pledges an actor made with a stance. */
public record StanceTally(String actor, Stance stance, long pledges) {
}
