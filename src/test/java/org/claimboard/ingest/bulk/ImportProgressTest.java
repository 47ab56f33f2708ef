package org.claimboard.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.claimboard.ingest.IngestOutcome;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    static String run(int total, boolean terminal, int stopAfter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportProgress progress = new ImportProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal);
        ImportTally tally = new ImportTally(total);
        for (int k = 1; k <= stopAfter; k++) {
            tally.add(k % 10 == 0 ? IngestOutcome.failed("f" + k, "bad") : IngestOutcome.added((long) k, "f" + k));
            progress.update(tally);
        }
        progress.finish(tally);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalALineEveryTenthOfTheWork() {
        String printed = run(400, false, 400);
        assertThat(printed).doesNotContain("\r");
        assertThat(printed.lines()).hasSize(10).first()
                .isEqualTo("[##..................] 40/400 articles  added 36  duplicates 0  failed 4");
        assertThat(printed.lines()).last()
                .isEqualTo("[####################] 400/400 articles  added 360  duplicates 0  failed 40");
    }

    @Test
    void withoutATerminalALineEveryHundredFilesForLargeImports() {
        assertThat(run(5000, false, 5000).lines()).hasSize(50);
    }

    @Test
    void anInterruptedImportStillPrintsWhereItStopped() {
        assertThat(run(400, false, 55).lines()).containsExactly(
                "[##..................] 40/400 articles  added 36  duplicates 0  failed 4",
                "[##..................] 55/400 articles  added 50  duplicates 0  failed 5");
    }

    @Test
    void onATerminalOneBarRedrawnInPlace() {
        String printed = run(400, true, 400);
        assertThat(printed).startsWith("\r[").contains("\r[####################] 400/400 articles")
                .endsWith("failed 40" + System.lineSeparator());
        assertThat(printed.chars().filter(c -> c == '\n')).hasSize(1);
    }
}
