package org.claimboard.claim;

import java.util.Optional;

/**
 * Where claim pages look for a claim's verdict. Nothing stores verdicts yet, so the only implementation,
 * {@link NoVerdicts}, finds none; the corrections feature replaces it with one reading its table.
 */
public interface Verdicts {

    Optional<Verdict> of(long claimId);
}
