package org.claimboard.claim;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.claimboard.article.ArticleSummary;
import org.claimboard.country.Country;

/**
 * Claims as an Atom 1.0 feed. The StAX writer escapes markup; characters XML 1.0 cannot carry at all (control
 * characters, lone surrogates) are dropped, since an article's text may hold them and one would break the feed.
 */
final class ClaimFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int TITLE_LENGTH = 100;

    private final String base;

    /** @param base the app's absolute URL (links must be absolute) */
    ClaimFeed(String base) {
        this.base = base;
    }

    void write(OutputStream out, String selfUrl, String title, List<ClaimRow> claims) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", selfUrl);
        text(xml, "title", title);
        text(xml, "updated", claims.stream().map(ClaimFeed::updated).max(Instant::compareTo)
                .orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString());
        link(xml, "self", selfUrl, "application/atom+xml");
        link(xml, "alternate", base + "/claims", "text/html");
        xml.writeStartElement("author");
        text(xml, "name", "Claimboard");
        xml.writeEndElement();
        for (ClaimRow claim : claims) {
            entry(xml, claim);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void entry(XMLStreamWriter xml, ClaimRow claim) throws XMLStreamException {
        xml.writeStartElement("entry");
        // Not the claim's id or page: those change when the article is re-extracted, and Atom ids must not.
        text(xml, "id", claim.sentence().tagUri());
        text(xml, "title", shortened(claim.text()));
        text(xml, "updated", updated(claim).truncatedTo(ChronoUnit.SECONDS).toString());
        link(xml, "alternate", base + "/articles/" + claim.articleId() + "#claim-" + claim.id(), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", author(claim));
        xml.writeEndElement();
        for (Country country : claim.countries()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", country.getCode());
            xml.writeAttribute("label", clean(country.getName()));
        }
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(claim.text()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** When the claim came in: its article's ingestion. */
    private static Instant updated(ClaimRow claim) {
        ArticleSummary article = claim.article();
        return article == null || article.getIngestedAt() == null ? Instant.EPOCH : article.getIngestedAt();
    }

    private static String author(ClaimRow claim) {
        if (claim.outletName() != null) {
            return claim.outletName();
        }
        if (claim.speaker() != null) {
            return claim.speaker();
        }
        ArticleSummary article = claim.article();
        if (article != null && article.getPublisher() != null) {
            return article.getPublisher();
        }
        return article != null && article.getAuthor() != null ? article.getAuthor() : "Claimboard";
    }

    private static String shortened(String sentence) {
        return sentence.length() <= TITLE_LENGTH ? sentence
                : sentence.substring(0, sentence.offsetByCodePoints(0, sentence.codePointCount(0, TITLE_LENGTH - 1)))
                        .stripTrailing() + "\u2026";
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** The text without the characters XML 1.0 forbids. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(ClaimFeed::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
