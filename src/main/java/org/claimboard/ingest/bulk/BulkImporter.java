package org.claimboard.ingest.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimboard.ingest.ArticleIngestService;
import org.claimboard.ingest.IngestOutcome;
import org.claimboard.ingest.SeedFiles;
import org.claimboard.ingest.UnreadableArticleException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Imports folders, zip archives and single article files through the ingest, one transaction per article: an
 * interrupted import keeps every article it finished and none half-stored, and a rerun skips them by content
 * hash before any extraction. A file that cannot be read or stored is counted with its reason; the rest go on.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
public class BulkImporter {

    private final ArticleIngestService ingest;
    private final ImportProperties properties;

    BulkImporter(ArticleIngestService ingest, ImportProperties properties) {
        this.ingest = ingest;
        this.properties = properties;
    }

    public ImportTally importAll(List<Path> sources, ImportProgress progress) throws IOException {
        List<ZipArticles> archives = new ArrayList<>();
        try {
            List<ImportItem> items = new ArrayList<>();
            for (Path source : sources) {
                if (Files.isDirectory(source)) {
                    items.addAll(listed(source));
                } else if (isZip(source)) {
                    ZipArticles archive = ZipArticles.open(source, properties.maxZipEntries());
                    archives.add(archive);
                    items.addAll(archive.items());
                } else {
                    items.add(ImportItem.of(source.getFileName().toString(), () -> Files.newInputStream(source)));
                }
            }
            ImportTally tally = new ImportTally(items.size());
            try {
                for (ImportItem item : items) {
                    tally.add(importOne(item));
                    progress.update(tally);
                }
            } finally {
                progress.finish(tally);
            }
            return tally;
        } finally {
            for (ZipArticles archive : archives) {
                archive.close();
            }
        }
    }

    private static List<ImportItem> listed(Path folder) {
        try {
            return FolderArticles.of(folder);
        } catch (IOException e) {
            return List.of(ImportItem.refused(folder.toString(), "the folder cannot be listed: " + e.getMessage()));
        }
    }

    static boolean isZip(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** Never throws: a file that cannot be read or stored is a failed outcome. */
    private IngestOutcome importOne(ImportItem item) {
        if (item.refusal() != null) {
            return IngestOutcome.failed(item.name(), item.refusal());
        }
        try (InputStream in = item.opener().open()) {
            return ingest.ingest(SeedFiles.read(item.name(), in), item.name());
        } catch (UnreadableArticleException e) {
            return IngestOutcome.failed(item.name(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return IngestOutcome.failed(item.name(), "cannot be read: " + e.getMessage());
        }
    }
}
