package org.claimboard.ingest.bulk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the {@code import} command.
 *
 * @param maxZipEntries a zip archive with more entries is refused unread ({@code claimboard.import.max-zip-entries})
 */
@ConfigurationProperties(prefix = "claimboard.import")
public record ImportProperties(@DefaultValue("100000") int maxZipEntries) {
}
