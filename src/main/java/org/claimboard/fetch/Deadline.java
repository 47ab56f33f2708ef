package org.claimboard.fetch;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** The moment a whole fetch (all hops) must be finished by. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    /** Milliseconds left, at least 1; throws once the time is up, so a slow server cannot stretch a fetch. */
    int remainingMillis() throws SocketTimeoutException {
        long left = (endNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }
}
