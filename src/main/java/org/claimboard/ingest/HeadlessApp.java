package org.claimboard.ingest;

import java.io.PrintStream;
import java.util.function.ToIntFunction;

import org.claimboard.ClaimboardApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the app for a command that works on the stored data ({@code reextract}, {@code import}): no web server,
 * so it can run beside the running site, and no seed loading, so the command only does what it was asked.
 */
public final class HeadlessApp {

    /** The exit code when the app cannot start (bad database settings, say), as the commands document. */
    public static final int CANNOT_START = 2;

    private HeadlessApp() {
    }

    /**
     * Runs {@code work} on the started context and closes it afterwards; returns what {@code work} returns, or
     * {@value #CANNOT_START} after telling {@code err} why the app did not start.
     *
     * @param command    the command's name, prefixed to the message
     * @param springArgs {@code --spring.*} and other options passed to Spring Boot
     */
    public static int run(String command, String[] springArgs, PrintStream err,
                          ToIntFunction<ConfigurableApplicationContext> work) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ClaimboardApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("claimboard.load-seeds=false")
                    .run(springArgs);
        } catch (RuntimeException e) {
            err.println(command + ": the application could not start: " + ArticleIngestService.describe(e));
            return CANNOT_START;
        }
        try (context) {
            return work.applyAsInt(context);
        }
    }
}
