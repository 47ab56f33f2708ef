package org.claimboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The command starts its own app (no web server, no seed loading) on the configured database. */
class ReextractCommandTest {

    @Test
    void runsWithoutAWebServerAndPrintsASummary() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = ReextractCommand.run(new String[] {"reextract", "--spring.main.banner-mode=off"});
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Re-extracted 0 articles (0 failed)");
    }

    @Test
    void anAppThatCannotStartGivesExitCodeTwo() {
        int exit = ReextractCommand.run(new String[] {"reextract", "--spring.datasource.url=jdbc:nosuchdb:x"});
        assertThat(exit).isEqualTo(2);
    }
}
