package org.claimboard.correction;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of an article's audit trail as the page shows it: "admin changed stance of GB pledge from offered
 * to declined". {@code action} is ADDED, CHANGED, DELETED or VERDICT; the values may be null.
 */
public record AuditLine(String user, Instant at, String action, String subject, String field, String before,
                        String after, Integer claimStart) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    /** "30 Nov 2026 14:02 UTC". */
    public String when() {
        return WHEN.format(at);
    }

    static AuditLine of(AuditEvent event) {
        return new AuditLine(event.getUsername(), event.getHappenedAt(), event.getAction().name(),
                event.getSubject(), event.getField(), event.getBeforeValue(), event.getAfterValue(),
                event.getClaimStart());
    }
}
