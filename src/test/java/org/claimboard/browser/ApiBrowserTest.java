package org.claimboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Swagger UI under the app's content security policy, and the claims page's download keeping its filters. */
class ApiBrowserTest extends BrowserTestBase {

    /** Records every CSP violation of the pages opened from now on in window.cspViolations. */
    static void recordCspViolations() {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
    }

    @Test
    void swaggerUiShowsTheApisOperationsWithoutBreakingTheContentSecurityPolicy() {
        recordCspViolations();
        open("/swagger-ui/index.html");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> d.findElements(By.cssSelector(".opblock-summary-path")).size() >= 5);
        List<String> paths = all(".opblock-summary-path").stream().map(e -> e.getText().replace("\u200B", ""))
                .toList();
        assertThat(paths).contains("/api/claims", "/api/pledges", "/api/articles", "/api/articles/{id}",
                "/api/countries/{code}/ledger");
        assertThat(script("return window.cspViolations")).as("CSP violations").asList().isEmpty();
    }

    @Test
    void theClaimsPagesCsvLinkCarriesTheFilter() {
        recordCspViolations();
        open("/claims");
        new Select(one("#filter-country")).selectByValue("PL");
        waiting().until(ExpectedConditions.urlContains("country=PL"));
        waiting().until(d -> d.findElement(By.id("claims-csv")).getAttribute("href").contains("country=PL"));
        String href = one("#claims-csv").getAttribute("href");
        assertThat(href).isEqualTo(url("/claims.csv?country=PL"));
        assertThat(one("#claims-feed").getAttribute("href")).isEqualTo(url("/feeds/claims.atom?country=PL"));
        assertThat(script("return window.cspViolations")).as("CSP violations").asList().isEmpty();
    }
}
