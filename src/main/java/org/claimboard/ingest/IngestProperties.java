package org.claimboard.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where seed articles come from and whether the web app loads them at start-up.
 *
 * @param seedsDir  folder of .txt / .html articles ({@code claimboard.seeds-dir})
 * @param loadSeeds load them when the web app starts ({@code claimboard.load-seeds})
 */
@ConfigurationProperties(prefix = "claimboard")
public record IngestProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("true") boolean loadSeeds) {
}
