package org.claimboard.ingest.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimboard.ingest.HeadlessApp;

/**
 * {@code java -jar claimboard.jar import DIR|FILE.zip|FILE... [--spring.profiles.active=postgres ...]}: starts
 * the app without its web server and seed loading, imports every article file of the folders (recursively),
 * zip archives and files given, shows progress on standard error and prints a summary. Exit code 0 when every
 * file was added or already stored, 1 when some failed, 2 on bad arguments or when the app could not start.
 */
public final class ImportCommand {

    static final String USAGE = """
            Usage: java -jar claimboard.jar import DIR|FILE.zip|FILE.txt|FILE.html... [--spring.option=value ...]
              Imports the .txt and .html articles of folders (with subfolders) and zip archives. Articles already
              stored are skipped, so an interrupted import can simply be run again.""";

    private ImportCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err, System.console() != null);
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        List<Path> sources = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        int first = args.length > 0 && "import".equals(args[0]) ? 1 : 0;
        for (String arg : List.of(args).subList(first, args.length)) {
            if (arg.startsWith("--")) {
                springArgs.add(arg);
            } else {
                sources.add(Path.of(arg));
            }
        }
        if (sources.isEmpty()) {
            err.println("import: no folder or file given\n" + USAGE);
            return 2;
        }
        for (Path source : sources) {
            if (!Files.exists(source)) {
                err.println("import: " + source + " does not exist\n" + USAGE);
                return 2;
            }
        }
        return HeadlessApp.run("import", springArgs.toArray(String[]::new), err, context -> {
            try {
                ImportTally tally = context.getBean(BulkImporter.class).importAll(sources, new ImportProgress(err, terminal));
                out.print(tally.report());
                out.flush();
                return tally.exitCode();
            } catch (IOException e) {
                err.println("import: " + e.getMessage());
                return 1;
            }
        });
    }
}
