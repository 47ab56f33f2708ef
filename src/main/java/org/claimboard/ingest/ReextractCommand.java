package org.claimboard.ingest;

import java.util.Arrays;

/**
 * {@code java -jar claimboard.jar reextract [--spring.profiles.active=postgres ...]}: starts the app without
 * its web server and seed loading, re-extracts every stored article, prints a summary and returns the exit
 * code (0 all done, 1 some articles failed, 2 the app could not start).
 */
public final class ReextractCommand {

    private ReextractCommand() {
    }

    public static int run(String[] args) {
        String[] springArgs = Arrays.stream(args).filter(a -> !"reextract".equals(a)).toArray(String[]::new);
        return HeadlessApp.run("reextract", springArgs, System.err, context -> {
            ReextractSummary summary = context.getBean(ReextractService.class).reextractAll();
            System.out.println(summary);
            return summary.failed() == 0 ? 0 : 1;
        });
    }
}
