package org.claimboard.fetch;

import java.time.Duration;

/**
 * Limits for one fetch. {@code total} covers every hop including redirects; {@code maxBytes} applies to the
 * (decoded) body of the final page.
 */
public record FetchLimits(Duration connectTimeout, Duration total, long maxBytes, int maxRedirects) {

    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(10),
            5L * 1024 * 1024, 5);

    public FetchLimits {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                || total == null || total.isNegative() || total.isZero() || maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive");
        }
    }

    public FetchLimits withTotal(Duration newTotal) {
        return new FetchLimits(connectTimeout, newTotal, maxBytes, maxRedirects);
    }

    public FetchLimits withMaxBytes(long newMaxBytes) {
        return new FetchLimits(connectTimeout, total, newMaxBytes, maxRedirects);
    }

    /** "5 MB", for messages. */
    String sizeLabel() {
        long mb = maxBytes / (1024 * 1024);
        return mb >= 1 && maxBytes % (1024 * 1024) == 0 ? mb + " MB" : maxBytes + " bytes";
    }
}
