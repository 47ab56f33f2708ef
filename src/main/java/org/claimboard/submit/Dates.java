package org.claimboard.submit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates typed by people: blank is "no date", anything else must be a real calendar day. */
final class Dates {

    private Dates() {
    }

    static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Null for blank; throws for a malformed or impossible date such as 2025-02-30. */
    static LocalDate parse(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
