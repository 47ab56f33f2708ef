package org.claimboard.api;

import java.util.Locale;

/** Enum values as the API writes them: lower case, as the {@code status} filter accepts them. */
final class Enums {

    private Enums() {
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
