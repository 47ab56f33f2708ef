package org.claimboard.ingest.bulk;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.claimboard.ingest.SeedFiles;

/**
 * The article entries of a zip archive, read in place (nothing is extracted to disk). Directories and other
 * files are skipped; entries whose names try to leave the archive (absolute, {@code ..}, drive letters,
 * backslashes) are refused, as is an archive with more than the configured number of entries (a zip bomb)
 * or one that cannot be read at all. Each entry is read with the 5 MB bound of {@link SeedFiles}, whatever
 * size the archive declares for it.
 */
final class ZipArticles implements Closeable {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final ZipFile zip;
    private final List<ImportItem> items;

    private ZipArticles(ZipFile zip, List<ImportItem> items) {
        this.zip = zip;
        this.items = items;
    }

    static ZipArticles open(Path file, int maxEntries) {
        String label = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            return refused(label, "not a readable zip archive (corrupt or truncated): " + e.getMessage());
        }
        int entries = zip.size();
        if (entries > maxEntries) {
            closeQuietly(zip);
            return refused(label, "has " + entries + " entries, more than the " + maxEntries
                    + " allowed (claimboard.import.max-zip-entries); refused as a possible zip bomb");
        }
        List<ImportItem> items = new ArrayList<>();
        try {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = label + "!/" + entry.getName();
                Optional<String> unsafe = unsafe(entry.getName());
                if (unsafe.isPresent()) {
                    items.add(ImportItem.refused(name, unsafe.get()));
                } else if (!entry.isDirectory() && SeedFiles.isArticleFile(entry.getName()) && !hidden(entry.getName())) {
                    items.add(ImportItem.of(name, () -> zip.getInputStream(entry)));
                }
            }
        } catch (RuntimeException e) {
            closeQuietly(zip);
            return refused(label, "not a readable zip archive (corrupt entry list): " + e.getMessage());
        }
        return new ZipArticles(zip, List.copyOf(items));
    }

    List<ImportItem> items() {
        return items;
    }

    /** Why an entry name is unsafe to use as a path, or empty when it is a plain relative name. */
    static Optional<String> unsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).matches()) {
            return Optional.of("unsafe entry name (absolute path or backslash): refused");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("unsafe entry name (control characters): refused");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return Optional.of("unsafe entry name (path traversal with ..): refused");
            }
        }
        return Optional.empty();
    }

    private static boolean hidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static ZipArticles refused(String label, String reason) {
        return new ZipArticles(null, List.of(ImportItem.refused(label, reason)));
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
