package org.claimboard.correction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an editor says a claim should be: outlet (by slug, empty for none), speaker, country codes
 * ("PL, FR") and the event date.
 */
public record ClaimForm(@Size(max = 200) String outlet,
                        @Size(max = 300, message = "{correction.speaker.size}") String speaker,
                        @Pattern(regexp = "\\s*([A-Za-z]{2}(\\s*,\\s*[A-Za-z]{2})*)?\\s*",
                                message = "{correction.countries.pattern}") String countries,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

    public static ClaimForm empty() {
        return new ClaimForm(null, null, null, null);
    }

    /** The country codes, upper case, in the order given, without repeats. */
    List<String> countryCodes() {
        if (countries == null || countries.isBlank()) {
            return List.of();
        }
        return Arrays.stream(countries.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
    }
}
