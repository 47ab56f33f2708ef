package org.claimboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/** An editor signs in through the real form and adds articles by pasting and uploading; payloads stay text. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "claimboard.admin.password=browser-secret")
class AddArticleBrowserTest extends BrowserTestBase {

    static final String XSS_TITLE = "<script>window.__xss = 'title'</script>\"><svg onload=\"window.__xss='svg'\">";
    static final String XSS_TEXT = "Poland will not send troops to Ukraine <img src=x onerror=\"window.__xss='img'\">, "
            + "Prime Minister Donald Tusk said on Tuesday.\n"
            + "France said it was ready to deploy forces \"><svg onload=\"document.title='pwned'\"> to Kyiv, "
            + "The Times reported <script>window.__xss='script'</script>.";

    @TempDir
    static Path files;

    @BeforeEach
    void signIn() {
        open("/articles/new");
        if (browser.getCurrentUrl().endsWith("/login")) {
            one("#username").sendKeys("admin");
            one("#password").sendKeys("browser-secret");
            one("#login-form button[type=submit]").click();
            waiting().until(ExpectedConditions.urlContains("/articles/new"));
        }
    }

    @Test
    @Order(1)
    void theAddPageOffersThreeWaysAndTheNavLinksToIt() {
        assertThat(all("#paste-form, #upload-form, #fetch-form")).hasSize(3);
        assertThat(one("#nav-add").getAttribute("href")).endsWith("/articles/new");
        screenshot("add-article");
        open("/articles");
        one("#add-article").click();
        waiting().until(ExpectedConditions.urlContains("/articles/new"));
    }

    @Test
    @Order(2)
    void aPastedArticleLandsOnItsPageWithHighlights() {
        one("#paste-text").sendKeys("Germany is considering sending troops to Ukraine, Chancellor Friedrich Merz "
                + "said on Monday.\nSpain declined to send soldiers, El País reported.");
        one("#paste-title").sendKeys("Germany weighs a deployment");
        one("#paste-published").sendKeys("2025-03-04");
        one("#paste-form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        assertThat(one("#flash").getText()).startsWith("Article added:");
        assertThat(one("h1").getText()).isEqualTo("Germany weighs a deployment");
        assertThat(all("#article-text mark.m-country")).extracting(WebElement::getText).contains("Germany", "Spain");
        assertThat(all("#article-text .claim")).isNotEmpty();
    }

    @Test
    @Order(3)
    void anEmptyPasteComesBackWithAMessageAndTheTitleKept() {
        one("#paste-title").sendKeys("Only a title");
        script("document.getElementById('paste-text').removeAttribute('required')");
        one("#paste-form button[type=submit]").click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("paste-errors")));
        assertThat(one("#paste-errors").getText()).contains("it is empty or only spaces");
        assertThat(one("#paste-title").getAttribute("value")).isEqualTo("Only a title");
    }

    @Test
    @Order(4)
    void twoUploadedFilesAreBothAddedAndListed() throws IOException {
        Path text = Files.writeString(files.resolve("italy.txt"),
                "Italy will not send troops to Ukraine, Giorgia Meloni said on Thursday.", StandardCharsets.UTF_8);
        Path page = Files.writeString(files.resolve("sweden.html"), "<html><head><title>Sweden open</title></head>"
                + "<body><nav>Home | World | Sport</nav><article><h1>Sweden open</h1>"
                + "<p>Sweden is open to sending troops to Ukraine as part of a peacekeeping force, "
                + "Prime Minister Ulf Kristersson said on Friday.</p>"
                + "<p>Stockholm said any deployment would need a mandate from parliament.</p></article></body></html>", StandardCharsets.UTF_8);
        one("#upload-files").sendKeys(text + "\n" + page);
        one("#upload-form button[type=submit]").click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-results")));
        assertThat(all("#upload-results tr.upload-added")).as(one("#upload-results").getText()).hasSize(2);
        one("#upload-results tr.upload-added a").click();
        waiting().until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        assertThat(all("#article-text mark.m-country")).isNotEmpty();
    }

    @Test
    @Order(5)
    void aFiftyMegabyteUploadGetsAFriendlyPage() throws IOException {
        Path huge = files.resolve("huge.txt");
        byte[] line = "Troops, troops and more troops for Ukraine.\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        one("#upload-files").sendKeys(huge.toString());
        one("#upload-form button[type=submit]").click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".error-page .status")));
        assertThat(one(".error-page").getText()).contains("The upload is too large: each file may be at most 5 MB");
        assertThat(one(".error-page .status").getText()).isEqualTo("413");
    }

    @Test
    @Order(6)
    void scriptAndHtmlInTitleAndTextNeverRunAndShowAsTyped() {
        script("window.__xss = undefined");
        one("#paste-text").sendKeys(XSS_TEXT);
        one("#paste-title").sendKeys(XSS_TITLE);
        one("#paste-form button[type=submit]").click();
        waiting().until(ExpectedConditions.urlMatches("/articles/\\d+$"));
        String article = browser.getCurrentUrl().replaceAll(".*/articles/", "");
        assertNothingRan();
        assertThat(one("h1").getText()).isEqualTo(XSS_TITLE);
        assertThat(one("#article-text").getText()).contains("<img src=x onerror=\"window.__xss='img'\">")
                .contains("<script>window.__xss='script'</script>");
        assertThat(all("#article-text img, #article-text svg, #article-text script, main svg")).isEmpty();

        open("/articles");
        assertNothingRan();
        assertThat(all("main a").stream().map(WebElement::getText)).contains(XSS_TITLE);

        open("/claims?article=" + article);
        assertNothingRan();
        assertThat(all(".claim-row")).isNotEmpty();
        assertThat(one("main").getText()).contains("<img src=x onerror=\"window.__xss='img'\">");
        assertThat(all("main img, main svg, main script")).isEmpty();
    }

    void assertNothingRan() {
        assertThat(script("return window.__xss === undefined")).as("no payload ran").isEqualTo(true);
        assertThat(browser.getTitle()).doesNotContain("pwned");
    }
}
