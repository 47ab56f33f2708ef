package org.claimboard.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Loads every article file of a folder, in name order, each in its own transaction. A file that cannot be
 * read, holds no text or fails to store is logged with its reason and skipped; the others still load.
 * Loading twice adds nothing (articles are matched by content). At start-up of the web app it loads
 * {@code claimboard.seeds-dir}, unless {@code claimboard.load-seeds=false}.
 */
@Component
public class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ArticleIngestService ingest;
    private final IngestProperties properties;
    private final ApplicationContext context;

    SeedLoader(ArticleIngestService ingest, IngestProperties properties, ApplicationContext context) {
        this.ingest = ingest;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.loadSeeds() && context instanceof WebApplicationContext) {
            loadAll(properties.seedsDir());
        }
    }

    public LoadSummary loadAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("Seeds folder {} does not exist; no articles loaded", folder.toAbsolutePath());
            return new LoadSummary(List.of());
        }
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Path file : filesOf(folder)) {
            IngestOutcome outcome = load(file);
            if (outcome.status() == IngestOutcome.Status.FAILED) {
                log.warn("Seed {}", outcome);
            } else {
                log.debug("Seed {}", outcome);
            }
            outcomes.add(outcome);
        }
        LoadSummary summary = new LoadSummary(outcomes);
        log.info("Seeds from {}: {}", folder, summary);
        return summary;
    }

    /** One file through the ingest; never throws. */
    public IngestOutcome load(Path file) {
        String source = file.getFileName().toString();
        try {
            return ingest.ingest(SeedFiles.read(file), source);
        } catch (UnreadableArticleException e) {
            return IngestOutcome.failed(source, e.getMessage());
        }
    }

    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Seeds folder {} cannot be listed: {}", folder, e.getMessage());
            return List.of();
        }
    }
}
