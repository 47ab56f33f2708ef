package org.claimboard;

import org.claimboard.cli.CommandLine;
import org.claimboard.ingest.ReextractCommand;
import org.claimboard.ingest.bulk.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClaimboardApplication {

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(args));
        }
        if (args.length > 0 && "reextract".equals(args[0])) {
            System.exit(ReextractCommand.run(args));
        }
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(ImportCommand.run(args));
        }
        SpringApplication.run(ClaimboardApplication.class, args);
    }
}
