package org.claimboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.claimboard.article.ArticleRepository;
import org.claimboard.extraction.Stance;
import org.claimboard.pledge.TroopPledge;
import org.claimboard.pledge.TroopPledgeRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An editor signs in through the real form, corrects a pledge the extractor found in a seed article and marks
 * its claim disputed; the article page and the country's ledger show the corrected values.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimboard.load-seeds=true", "claimboard.seeds-dir=seeds",
            "claimboard.admin.password=browser-test-secret"})
class CorrectionBrowserTest extends BrowserTestBase {

    static final String NOTE = "The ministry denied this the next day.";

    @Autowired
    TroopPledgeRepository pledges;

    @Autowired
    ArticleRepository articles;

    static TroopPledge target;
    static long article;
    static Stance corrected;

    /** A pledge the extractor found in the seeds, with a stance it should be corrected to. */
    private void pickAPledge() {
        if (target == null) {
            target = pledges.findLatestPerActor().stream().filter(p -> !p.isCoalition()).findFirst().orElseThrow();
            article = target.getClaim().getArticle().getId();
            corrected = target.getStance() == Stance.DECLINED ? Stance.CONSIDERING : Stance.DECLINED;
        }
    }

    @BeforeAll
    static void freshBrowser() {
        target = null;
    }

    @Test
    @Order(1)
    void readersSeeNoEditControls() {
        pickAPledge();
        open("/articles/" + article);
        assertThat(all(".pledge-list li")).isNotEmpty();
        assertThat(all(".edit-link")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("/claims/new");
    }

    @Test
    @Order(2)
    void anEditorCorrectsAPledgeAndSeesItOnTheArticleAndTheCountryPage() {
        pickAPledge();
        open("/login");
        one("#username").sendKeys("admin");
        one("#password").sendKeys("browser-test-secret");
        one("#login-form button[type=submit]").click();
        waiting().until(d -> d.findElements(By.cssSelector(".sign-out")).size() == 1);

        open("/articles/" + article);
        one("a[href='/articles/" + article + "/pledges/" + target.getId() + "/edit']").click();
        waiting().until(ExpectedConditions.urlContains("/edit"));
        new Select(one("#stance")).selectByValue(corrected.name());
        one("#troops").clear();
        one("#troops").sendKeys("4321");
        one("#pledge-form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlContains("#claim-"));
        assertThat(one(".flash").getText()).isEqualTo("Stance corrected.");
        String stance = corrected.name().toLowerCase(Locale.ROOT);
        assertThat(all(".pledge-list li")).anySatisfy(li -> assertThat(li.getText())
                .contains(target.getActor()).contains(stance).contains("4,321"));
        assertThat(one("#review .audit-trail").getText()).contains(" to 4,321");

        open("/countries/" + target.getActor());
        assertThat(browser.getPageSource()).contains("4,321");
        assertThat(all(".stance-" + stance)).isNotEmpty();
    }

    @Test
    @Order(3)
    void anEditorMarksTheClaimDisputedAndSeesTheBadgeAndTheAuditTrail() {
        pickAPledge();
        long claim = target.getClaim().getId();
        open("/articles/" + article);
        assertThat(all(".flash")).as("the message is shown once").isEmpty();
        String edit = "/articles/" + article + "/claims/" + claim + "/edit";
        if (all("a[href='" + edit + "']").isEmpty()) {
            open(edit); // the corrected pledge's claim is the same sentence; its row id is unchanged here
        } else {
            one("a[href='" + edit + "']").click();
        }
        waiting().until(ExpectedConditions.urlContains("/edit"));
        one("input[name=verdict][value=DISPUTED]").click();
        one("#note").sendKeys(NOTE);
        one("#verdict-form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlContains("#claim-" + claim));
        assertThat(one(".flash").getText()).isEqualTo("Verdict saved.");
        assertThat(one(".claim-index .verdict-disputed").getText()).isEqualTo("disputed");
        String trail = one("#review .audit-trail").getText();
        assertThat(trail).contains("admin marked claim").contains("as disputed: " + NOTE)
                .contains("admin changed stance of " + target.getActor() + " pledge from "
                        + target.getStance().name().toLowerCase(Locale.ROOT) + " to "
                        + corrected.name().toLowerCase(Locale.ROOT))
                .contains("UTC");
        long height = Math.min(2400, (Long) script("return document.documentElement.scrollHeight"));
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            script("window.scrollTo(0, 0)");
            screenshot("correction"); // the whole page: text, corrected stance, badge and audit trail at once
        } finally {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    @Test
    @Order(4)
    void anEditorAddsAClaimOnASentenceTheExtractorPassedOver() {
        long article = articles.findAll().stream().map(a -> a.getId()).sorted().filter(id -> {
            open("/articles/" + id + "/claims/new");
            return !all(".sentence-choices .add-here").isEmpty();
        }).findFirst().orElseThrow(() -> new AssertionError("every seed sentence is a claim already"));
        open("/articles/" + article);
        int before = all(".claim-index li").size();
        one("a[href='/articles/" + article + "/claims/new']").click();
        waiting().until(ExpectedConditions.urlContains("/claims/new"));
        one(".sentence-choices .add-here").click();
        waiting().until(ExpectedConditions.urlContains("start="));
        String sentence = one(".quoted-sentence").getText();
        one("#countries").sendKeys("UA");
        one("#claim-form button[type=submit]").click();

        waiting().until(ExpectedConditions.urlContains("#claim-"));
        assertThat(one(".flash").getText()).isEqualTo("Claim added.");
        assertThat(all(".claim-index li")).hasSize(before + 1);
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(one("#" + anchor).getText()).isEqualTo(sentence);
        assertThat(one("#review .audit-trail").getText()).contains("admin added claim");
    }
}
