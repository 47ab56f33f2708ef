package org.claimboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimboard.extraction.ExtractionPipeline;
import org.claimboard.extraction.ExtractionReport;
import org.claimboard.extraction.Extractors;
import org.claimboard.ingest.SeedFiles;
import org.claimboard.ingest.UnreadableArticleException;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code extract FILE...}: prints one JSON document with each file's extraction. */
final class ExtractCommand {

    private ExtractCommand() {
    }

    static int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: extract FILE...  (plain text or .html)");
            return 2;
        }
        ExtractionPipeline pipeline = Extractors.standard();
        List<ExtractionReport> reports = new ArrayList<>();
        int failures = 0;
        for (String name : files) {
            Path file = Path.of(name);
            try {
                reports.add(ExtractionReport.of(file.getFileName().toString(), pipeline.extract(SeedFiles.read(file))));
            } catch (UnreadableArticleException e) {
                err.println("skipped " + name + ": " + e.getMessage());
                failures++;
            }
        }
        out.println(json().writeValueAsString(Map.of("articles", reports)));
        return failures == 0 ? 0 : 1;
    }

    static JsonMapper json() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
