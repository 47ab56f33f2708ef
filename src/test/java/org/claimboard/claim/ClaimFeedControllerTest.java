package org.claimboard.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleSummary;
import org.claimboard.security.SecurityConfiguration;
import org.claimboard.system.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Import(SecurityConfiguration.class)
@WebMvcTest(ClaimFeedController.class)
class ClaimFeedControllerTest {

    static final String NASTY = "Poland & France said <b>\"no\"</b> ]]> \u0001today.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClaimListing listing;

    static final ArticleSummary TROOPS = new ArticleSummary() {
        public Long getId() { return 1L; }
        public String getTitle() { return "Troops"; }
        public String getSource() { return null; }
        public String getPublisher() { return "The Guardian"; }
        public String getAuthor() { return null; }
        public LocalDate getPublishedOn() { return null; }
        public Instant getIngestedAt() { return Instant.parse("2026-01-02T03:04:05.123Z"); }
    };

    static final Article ARTICLE = Fixtures.article(1, NASTY + " More.");

    /** A row as the listing gives it: with its article's summary. */
    static ClaimRow row(long id, String text, String outlet) {
        Claim claim = Fixtures.claim(id, ARTICLE, text, outlet == null ? null : Fixtures.outlet(3, outlet), "PL");
        return ClaimRow.of(claim, List.of(), 1L, TROOPS);
    }

    @BeforeEach
    void data() {
        when(listing.latestStored(any(), anyInt())).thenReturn(List.of(row(11, NASTY, "The Times"),
                row(12, "Poland waits.", null)));
    }

    Document feed(String query) throws Exception {
        byte[] xml = mvc.perform(get("/feeds/claims.atom" + query)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ClaimFeed.ATOM, name).item(0).getTextContent();
    }

    @Test
    void isWellFormedAtomWithOneEntryPerClaimTheTextIntact() throws Exception {
        Document doc = feed("?country=PL");
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ClaimFeed.ATOM);
        assertThat(text(root, "id")).isEqualTo("http://localhost/feeds/claims.atom?country=PL");
        assertThat(text(root, "updated")).isEqualTo("2026-01-02T03:04:05Z");
        NodeList entries = root.getElementsByTagNameNS(ClaimFeed.ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(text(first, "id")).isEqualTo("tag:claimboard,2025:article-1-sentence-0-" + NASTY.length());
        assertThat(text(first, "summary")).isEqualTo("Poland & France said <b>\"no\"</b> ]]> today.");
        assertThat(text(first, "updated")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(((Element) first.getElementsByTagNameNS(ClaimFeed.ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("http://localhost/articles/1#claim-11");
        assertThat(text((Element) first.getElementsByTagNameNS(ClaimFeed.ATOM, "author").item(0), "name"))
                .isEqualTo("The Times");
        Element second = (Element) entries.item(1);
        assertThat(text((Element) second.getElementsByTagNameNS(ClaimFeed.ATOM, "author").item(0), "name"))
                .as("no outlet or speaker: the publisher").isEqualTo("The Guardian");
    }

    @Test
    void asksForTheFilteredClaimsLatestStoredFirstWithoutCountingOrPaging() throws Exception {
        feed("?country=PL&country=fr&q=troops");
        verify(listing).latestStored(argThat(f -> f.countries().equals(Set.of("PL", "FR")) && "troops".equals(f.q())),
                eq(ClaimFeedController.ENTRIES));
        verify(listing, never()).search(any(), any());
    }

    @Test
    void anEntrysIdDependsOnlyOnTheArticleAndTheSentencesOffsets() throws Exception {
        String before = text((Element) feed("").getElementsByTagNameNS(ClaimFeed.ATOM, "entry").item(0), "id");
        // Re-extraction stores the same sentence as a new claim, with a new id and outlet.
        when(listing.latestStored(any(), anyInt())).thenReturn(List.of(row(987, NASTY, null)));
        Element after = (Element) feed("").getElementsByTagNameNS(ClaimFeed.ATOM, "entry").item(0);
        assertThat(text(after, "id")).isEqualTo(before);
        assertThat(((Element) after.getElementsByTagNameNS(ClaimFeed.ATOM, "link").item(0)).getAttribute("href"))
                .as("the link still leads to the sentence in the article")
                .isEqualTo("http://localhost/articles/1#claim-987");
        assertThat(new SentenceKey(1, 0, 7).tagUri()).isEqualTo(new SentenceKey(1, 0, 7).tagUri())
                .isNotEqualTo(new SentenceKey(2, 0, 7).tagUri()).isNotEqualTo(new SentenceKey(1, 0, 8).tagUri())
                .isNotEqualTo(new SentenceKey(1, 1, 7).tagUri());
    }

    @Nested
    class ABadFilter {

        @Test
        void isA400() throws Exception {
            mvc.perform(get("/feeds/claims.atom").param("country", "Poland")).andExpect(status().isBadRequest());
            verifyNoInteractions(listing);
        }
    }
}
