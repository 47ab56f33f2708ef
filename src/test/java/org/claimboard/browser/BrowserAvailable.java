package org.claimboard.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only where headless Chromium and its driver are installed; elsewhere they are skipped with
 * a note on how to enable them, unless {@code CLAIMBOARD_BROWSER_TESTS=required}, which turns the skip into a
 * failure (CI sets it, so a broken browser set-up can never pass silently).
 */
public class BrowserAvailable implements ExecutionCondition {

    public static final Path CHROMIUM = Path.of(System.getProperty("claimboard.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("claimboard.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + "; install them with `apt-get install chromium chromium-driver` to run these tests.";
        if ("required".equalsIgnoreCase(System.getenv("CLAIMBOARD_BROWSER_TESTS"))) {
            throw new IllegalStateException(missing + " (CLAIMBOARD_BROWSER_TESTS=required)");
        }
        return ConditionEvaluationResult.disabled(missing);
    }
}
