package org.claimboard.claim;

import java.util.Optional;

/** Where claim pages look for a claim's verdict; the corrections feature, which stores them, answers. */
public interface Verdicts {

    Optional<Verdict> of(long claimId);
}
