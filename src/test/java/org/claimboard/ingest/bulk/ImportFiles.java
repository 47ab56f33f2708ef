package org.claimboard.ingest.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Article files for import tests, made from the seed articles. */
final class ImportFiles {

    static final byte[] BINARY = {'P', 'K', 3, 4, 0, 0, (byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3};

    private ImportFiles() {
    }

    static List<String> seedTexts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.sorted().map(ImportFiles::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String html(String text) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>An imported page</title></head>"
                + "<body><nav>Home | World</nav><article>");
        for (String paragraph : text.split("\n\n")) {
            page.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return page.append("</article></body></html>").toString();
    }

    /**
     * Five files that count (two good ones, one in a subfolder and as HTML, a duplicate of the first, a binary
     * .txt and an empty file) and two that do not (a PDF and a hidden file).
     */
    static Map<String, byte[]> mixed() throws IOException {
        List<String> seeds = seedTexts();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a-good.txt", utf8(seeds.get(0)));
        files.put("nested/deeper/b-good.html", utf8(html(seeds.get(1))));
        files.put("c-same-as-a.txt", utf8(seeds.get(0)));
        files.put("d-binary.txt", BINARY);
        files.put("e-empty.txt", new byte[0]);
        files.put("notes.pdf", utf8("not an article"));
        files.put(".hidden/f.txt", utf8(seeds.get(2)));
        return files;
    }

    static Path folder(Path root, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return root;
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("nested/"));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
