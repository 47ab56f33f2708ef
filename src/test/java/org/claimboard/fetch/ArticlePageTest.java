package org.claimboard.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.claimboard.extraction.ArticleInput;
import org.junit.jupiter.api.Test;

class ArticlePageTest {

    private static String page(String name) throws IOException {
        try (InputStream in = ArticlePageTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleOfANewsPageAndDropsItsFurniture() throws IOException {
        ArticleInput input = ArticlePage.parse(page("news-with-boilerplate.html"));
        assertThat(input.text())
                .startsWith("France and the United Kingdom have agreed the outline of a multinational force")
                .contains("naval presence in the Black Sea. Defence ministers")
                .contains("“We are ready to lead, but we will not be alone,”")
                .contains("would not send soldiers while fighting continued.")
                .endsWith("logistics hubs and rules of engagement, the officials said.");
        assertThat(input.text().split("\n\n")).hasSize(5);
        assertThat(input.text()).doesNotContain("cookies", "Accept", "Home", "Business", "Advertisement",
                "Buy the new phone", "Share", "Copy link", "LinkedIn", "Related coverage", "Germany weighs",
                "Read more", "newsletter", "Subscribe", "Reader1984", "Comments", "Most read", "Markets slide",
                "©", "Privacy", "Skip to content", "Photo: Courier archive", "By Ingrid", "dataLayer", "position",
                "Paris and London finalise");
    }

    @Test
    void readsMetadataFromJsonLdGraphWithReferences() throws IOException {
        ArticleInput input = ArticlePage.parse(page("news-with-boilerplate.html"));
        assertThat(input.title()).isEqualTo("Paris and London finalise plan for a reassurance force");
        assertThat(input.publisher()).isEqualTo("The Northern Courier");
        assertThat(input.author()).isEqualTo("Ingrid Solberg, Tom & Jerry Baker");
        assertThat(input.published()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void readsABylineElementAndTheTimeElement() throws IOException {
        ArticleInput input = ArticlePage.parse(page("byline-page.html"));
        assertThat(input.author()).isEqualTo("Marta Nowak");
        assertThat(input.publisher()).isEqualTo("Baltic Dispatch");
        assertThat(input.title()).isEqualTo("Warsaw sets conditions for troop contribution");
        assertThat(input.published()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(input.text()).startsWith("Poland will support a European reassurance mission")
                .contains("\n\nInstead, Warsaw offered to host a logistics hub")
                .endsWith("if the security situation changed.")
                .doesNotContain("Front page", "privacy", "Advertisement", "Defence\n", "Most read", "Port strike",
                        "Independent news", "By Marta", "12 March");
    }

    @Test
    void aPageWithoutAnArticleHasNoText() throws IOException {
        ArticleInput input = ArticlePage.parse(page("no-article.html"));
        assertThat(input.text()).isEmpty();
        assertThat(input.publisher()).isEqualTo("The Northern Courier");
    }

    @Test
    void takesTheAuthorFromAByLineAndRemovesIt() {
        ArticleInput input = ArticlePage.parse("<article><p>By Lukas Weber and Jan de Vries</p>"
                + "<p>" + "Germany said on Friday it would consider sending air defence units. ".repeat(3) + "</p>"
                + "</article>");
        assertThat(input.author()).isEqualTo("Lukas Weber and Jan de Vries");
        assertThat(input.text()).startsWith("Germany said on Friday");
    }

    @Test
    void doesNotTakeASentenceStartingWithByForAByline() {
        String sentence = "By March, five countries had pledged troops to the mission";
        ArticleInput input = ArticlePage.parse("<article><p>" + sentence + "</p><p>"
                + "Others said they would decide after a ceasefire agreement had been signed. ".repeat(2)
                + "</p></article>");
        assertThat(input.author()).isNull();
        assertThat(input.text()).startsWith(sentence);
    }

    @Test
    void readsJsonLdAuthorsAsStringsObjectsOrListsAndSurvivesBrokenBlocks() {
        String story = "<article><p>" + "Spain will not send soldiers but offers training and funding. ".repeat(4)
                + "</p></article>";
        assertThat(ArticlePage.parse(jsonLd("{\"@type\":\"NewsArticle\",\"author\":\"Ana Ruiz\"}") + story)
                .author()).isEqualTo("Ana Ruiz");
        assertThat(ArticlePage.parse(jsonLd("[{\"@type\":\"WebPage\"},{\"@type\":\"ReportageNewsArticle\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"publisher\":\"El Diario\","
                + "\"datePublished\":\"2026-02-01\"}]") + story))
                .satisfies(input -> {
                    assertThat(input.author()).isEqualTo("Ana Ruiz");
                    assertThat(input.publisher()).isEqualTo("El Diario");
                    assertThat(input.published()).isEqualTo(LocalDate.of(2026, 2, 1));
                });
        ArticleInput broken = ArticlePage.parse(jsonLd("{\"@type\": \"NewsArticle\", \"author\": ") + jsonLd("42")
                + jsonLd("{\"@type\":\"NewsArticle\",\"author\":[1,{\"name\":[\"x\"]}],\"datePublished\":\"soon\"}")
                + jsonLd("[".repeat(5000) + "]".repeat(5000))
                + story);
        assertThat(broken.author()).isNull();
        assertThat(broken.published()).isNull();
        assertThat(broken.text()).startsWith("Spain will not send soldiers");
    }

    @Test
    void dropsLinkHeavyBlocksHiddenElementsAndFurnitureTexts() {
        String paragraph = "<p>Denmark and Norway said they could contribute to air policing over the Baltic states "
                + "and would discuss a naval role with their allies in the coming weeks.</p>";
        ArticleInput input = ArticlePage.parse("<body><div>" + paragraph
                + "<div><a href='/1'>One teaser headline here</a> and <a href='/2'>another teaser headline</a></div>"
                + "<p hidden>Hidden survey text</p><div aria-hidden='true'>Decorative text</div>"
                + "<div>Advertisement</div>" + paragraph.replace("Denmark", "Sweden") + "</div></body>");
        assertThat(input.text()).startsWith("Denmark and Norway").contains("\n\nSweden and Norway")
                .doesNotContain("teaser", "Hidden survey", "Decorative", "Advertisement");
    }

    @Test
    void keepsAnArticleWrapperWhoseNameSoundsLikeFurniture() {
        String paragraph = "<p>Finland said it was ready to send engineers and air defence specialists once a "
                + "ceasefire was agreed, the government announced after a cabinet meeting.</p>";
        ArticleInput input = ArticlePage.parse("<body><div class='entry-content has-sidebar'>" + paragraph
                + paragraph.replace("Finland", "Estonia") + "</div><div class='sidebar'><p>Weather: sunny and warm "
                + "all week in the capital, with light winds from the west and no rain expected.</p></div></body>");
        assertThat(input.text()).startsWith("Finland said").contains("\n\nEstonia said").doesNotContain("Weather");
    }

    @Test
    void takesPlainTextPagesAsTheyAreAndRemembersTheAddress() {
        ArticleInput input = ArticlePage.from(new FetchedPage(URI.create("https://example.org/a.txt"), "text/plain",
                "  Line one.\n\nLine two.\n"));
        assertThat(input.text()).isEqualTo("Line one.\n\nLine two.");
        assertThat(input.source()).isEqualTo("https://example.org/a.txt");
    }

    @Test
    void handlesEmptyAndNullPages() {
        assertThat(ArticlePage.parse(null).text()).isEmpty();
        assertThat(ArticlePage.parse("").title()).isNull();
        assertThat(ArticlePage.parse("<<<>>>").text()).isEmpty();
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }
}
