package org.claimboard.ingest.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.claimboard.ingest.SeedFiles;

/**
 * The article files (.txt, .html) of a folder and its subfolders, in path order so a rerun meets them in the
 * same order. Hidden files and folders (a leading dot) are left out, as the seed loader does.
 */
final class FolderArticles {

    private FolderArticles() {
    }

    static List<ImportItem> of(Path folder) throws IOException {
        Path base = folder.toAbsolutePath().normalize();
        Path label = base.getFileName() == null ? Path.of("") : base.getFileName();
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> SeedFiles.isArticleFile(p.getFileName().toString()))
                    .filter(p -> !hidden(base.relativize(p)))
                    .sorted()
                    .map(p -> ImportItem.of(label.resolve(base.relativize(p)).toString(), () -> Files.newInputStream(p)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
