package org.claimboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The main journeys through the dashboard, in a real browser, on the seed articles as the extractor reads them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest extends BrowserTestBase {

    @Test
    @Order(1)
    void dashboardShowsCountsStancesAndLatestClaims() {
        open("/");
        assertThat(one(".stat .value").getText()).as("articles ingested").isNotEqualTo("0");
        assertThat(all("#stances .stance-table tbody tr")).as("latest stance per country").isNotEmpty();
        assertThat(all("#latest-claims .claim-row")).isNotEmpty();
        screenshot("dashboard");
    }

    @Test
    @Order(2)
    void filteringClaimsToPolandShowsOnlyPolandsClaims() {
        open("/claims");
        int everything = all(".claim-row").size();
        script("window.claimboardPageMarker = 'still here'");
        new Select(one("#filter-country")).selectByValue("PL");
        waiting().until(ExpectedConditions.urlContains("country=PL"));
        waiting().until(d -> !d.findElements(By.cssSelector("#results .claim-row")).isEmpty());
        assertThat(script("return window.claimboardPageMarker")).as("htmx swapped the results in place")
                .isEqualTo("still here");
        assertThat(browser.getCurrentUrl()).as("empty filters stay out of the URL").doesNotContain("outlet=");

        List<WebElement> rows = all("#results .claim-row");
        assertThat(rows).isNotEmpty();
        assertThat(rows.size()).isLessThanOrEqualTo(Math.max(everything, rows.size()));
        for (WebElement row : rows) {
            assertThat(row.findElements(By.cssSelector("a.chip")).stream().map(WebElement::getText))
                    .as("countries of: %s", row.getText()).contains("PL");
        }
        browser.navigate().refresh();
        assertThat(all("#results .claim-row")).as("the filtered URL is bookmarkable").hasSize(rows.size());
        screenshot("claims-poland");
    }

    @Test
    @Order(3)
    void nextPageOfClaimsKeepsTheFilterAndSwapsInPlace() {
        open("/claims?q=e");
        List<WebElement> next = all("#results a[rel=next]");
        assertThat(next).as("the seeds give more than a page of claims with an e").isNotEmpty();
        String firstPage = one("#results .claim-row").getText();
        script("window.claimboardPageMarker = 'still here'");
        next.get(0).click();
        waiting().until(ExpectedConditions.urlContains("page=2"));
        assertThat(browser.getCurrentUrl()).contains("q=e");
        waiting().until(d -> !d.findElements(By.cssSelector("#results .claim-row")).isEmpty()
                && !d.findElement(By.cssSelector("#results .claim-row")).getText().equals(firstPage));
        assertThat(script("return window.claimboardPageMarker")).isEqualTo("still here");
        assertThat(all("#results .claim-row .sentence > span")).allSatisfy(
                sentence -> assertThat(sentence.getText().toLowerCase()).contains("e"));
    }

    @Test
    @Order(4)
    void comparingTheTimesWithTheFinancialTimesGivesTwoColumnsWithTheUkFilled() {
        open("/compare?outlet=the-times&outlet=financial-times");
        assertThat(all("#comparison thead th.source-col")).extracting(WebElement::getText)
                .containsExactly("The Times", "Financial Times");
        List<WebElement> uk = all("#comparison tr[data-actor=GB]");
        assertThat(uk).as("a row for the United Kingdom").hasSize(1);
        List<WebElement> cells = uk.get(0).findElements(By.cssSelector("td"));
        assertThat(cells).hasSize(2);
        assertThat(cells).filteredOn(c -> !c.findElements(By.cssSelector(".badge")).isEmpty())
                .as("at least one source reports the UK's stance").isNotEmpty();
        screenshot("compare");
    }

    @Test
    @Order(5)
    void aTimelineEntryLeadsToItsHighlightedSentence() {
        open("/timeline");
        screenshot("timeline");
        WebElement link = one("#events .event a.context");
        String target = link.getAttribute("href");
        String anchor = target.substring(target.indexOf('#') + 1);
        link.click();
        waiting().until(ExpectedConditions.urlContains("/articles/"));
        WebElement sentence = one("[id='" + anchor + "']");
        WebElement claim = sentence.getAttribute("class").contains("claim") ? sentence
                : sentence.findElement(By.xpath("ancestor::span[contains(@class,'claim')]"));
        assertThat(script("return document.querySelector(':target') === arguments[0]", sentence)).isEqualTo(true);
        assertThat(claim.getCssValue("outline-style")).as("the :target highlight").isEqualTo("solid");
        assertThat(claim.getCssValue("background-color")).as("the :target highlight")
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        List<WebElement> others = all(".article-text .claim:not([id='" + anchor + "'])");
        if (!others.isEmpty()) {
            assertThat(others.get(0).getCssValue("outline-style")).as("other sentences stay plain").isEqualTo("none");
        }
        screenshot("article");
    }

    @Test
    @Order(6)
    void aCountryLedgerListsItsReportedStances() {
        open("/countries");
        one("a[href='/countries/GB']").click();
        waiting().until(ExpectedConditions.urlContains("/countries/GB"));
        assertThat(one("h1").getText()).isEqualTo("United Kingdom");
        List<WebElement> ledger = all("#ledger .ledger-row");
        assertThat(ledger).isNotEmpty();
        assertThat(ledger).allSatisfy(row -> assertThat(row.findElements(By.cssSelector(".badge"))).isNotEmpty());
        screenshot("country-ledger");
    }

    @Test
    @Order(7)
    void withoutJavaScriptTheFilterFormStillWorks() {
        WebDriver plain = newBrowser(false);
        try {
            plain.get(url("/claims"));
            assertThat(((JavascriptExecutor) plain).executeScript("return typeof htmx")).isEqualTo("undefined");
            new Select(plain.findElement(By.id("filter-country"))).selectByValue("PL");
            plain.findElement(By.cssSelector("#claim-filters button[type=submit]")).click();
            new WebDriverWait(plain, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("country=PL"));
            List<WebElement> rows = plain.findElements(By.cssSelector("#results .claim-row"));
            assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.findElements(By.cssSelector("a.chip"))
                    .stream().map(WebElement::getText)).contains("PL"));
        } finally {
            plain.quit();
        }
    }

    @Test
    @Order(8)
    void anOutletsClaimLeadsToItsClaimPageAndFromThereToTheSentence() {
        open("/outlets");
        one("a[href='/outlets/the-times']").click();
        waiting().until(ExpectedConditions.urlContains("/outlets/the-times"));
        WebElement row = one(".claim-row");
        String sentence = row.findElement(By.cssSelector(".sentence > span")).getText();
        row.findElement(By.cssSelector("a.permalink")).click();
        waiting().until(ExpectedConditions.urlMatches("/claims/\\d+$"));

        assertThat(one(".claim-sentence p").getText()).isEqualTo(sentence);
        assertThat(script("return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
                + ".textContent)['@type']")).as("the page describes itself to search engines").isEqualTo("Claim");

        String target = one("#claim-in-article").getAttribute("href");
        String anchor = target.substring(target.indexOf('#') + 1);
        one("#claim-in-article").click();
        waiting().until(ExpectedConditions.urlContains("/articles/"));
        WebElement highlighted = one("[id='" + anchor + "']");
        assertThat(script("return document.querySelector(':target') === arguments[0]", highlighted)).isEqualTo(true);
        assertThat(highlighted.getText().replaceAll("\\s+", " ")).contains(sentence.replaceAll("\\s+", " "));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(9)
    void anArticleMarksEachPledgesStancePhraseAndActorInsideItsSentenceAtDesktopAndPhoneWidth() {
        // An article whose pledge has both spans inside its own sentence, as the extractor stored them.
        Long article = jdbc.queryForObject("select min(c.article_id) from troop_pledge p join claim c on c.id = p.claim_id"
                + " where p.stance_start >= c.start_offset and p.stance_end <= c.end_offset"
                + " and p.actor_start >= c.start_offset and p.actor_end <= c.end_offset", Long.class);
        assertThat(article).as("a seed pledge with both spans").isNotNull();
        open("/articles/" + article);
        checkEvidenceMarks();

        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.navigate().refresh();
            checkEvidenceMarks();
            // The page and the article text wrap within the phone's width, nav, marks and all.
            assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                    .as("the page does not scroll sideways at 390 px").isLessThanOrEqualTo(390);
            WebElement text = one("#article-text");
            assertThat(((Number) script("return arguments[0].scrollWidth - arguments[0].clientWidth", text)).intValue())
                    .as("the article text does not scroll sideways at 390 px").isLessThanOrEqualTo(0);
            assertThat(((Number) script("return Math.max(...[...document.querySelectorAll("
                    + "'#article-text .ev-stance, #article-text .ev-actor')].map(e => e.getBoundingClientRect().right))"))
                    .doubleValue()).as("every mark within the 390 px viewport").isLessThanOrEqualTo(390);
        } finally {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    private void checkEvidenceMarks() {
        List<WebElement> stances = all("#article-text .claim mark.ev-stance");
        List<WebElement> actors = all("#article-text .claim .ev-actor");
        assertThat(stances).as("stance phrases inside highlighted sentences").isNotEmpty();
        assertThat(actors).as("actor words inside highlighted sentences").isNotEmpty();
        assertThat(all("#article-text .ev-stance, #article-text .ev-actor")).as("none outside a sentence")
                .hasSize(stances.size() + actors.size());
        WebElement stance = stances.get(0);
        WebElement actor = actors.get(0);
        assertThat(stance.isDisplayed()).isTrue();
        assertThat(actor.isDisplayed()).isTrue();
        assertThat(stance.getText()).isNotBlank();
        assertThat(actor.getText()).isNotBlank();
        assertThat(stance.getAttribute("title")).startsWith("stance: ");
        assertThat(actor.getAttribute("title")).startsWith("actor: ");
        // Told apart by shape, not only by colour.
        assertThat(stance.getCssValue("font-weight")).isEqualTo("700");
        assertThat(stance.getCssValue("text-decoration-line")).isEqualTo("underline");
        assertThat(actor.getCssValue("font-weight")).isEqualTo("700");
        assertThat(actor.getCssValue("border-bottom-style")).isEqualTo("dashed");
    }
}
