package org.claimboard.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimboard.article.ArticleSummary;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim page's schema.org description: a {@code Claim} with the article it appears in, or, once it has a
 * verdict, a {@code ClaimReview} of it. Written by Jackson, then every {@code <}, {@code >} and {@code &}
 * becomes a JSON unicode escape, so no text (not even one holding {@code </script>}) can end the script element
 * the JSON sits in.
 */
@Component
class ClaimJsonLd {

    private final JsonMapper json;

    ClaimJsonLd(JsonMapper json) {
        this.json = json;
    }

    /** @param base the app's absolute URL; article may be null when unknown */
    String of(ClaimRow claim, ArticleSummary article, Verdict verdict, String base) {
        Map<String, Object> claimLd = claim(claim, article, base);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.putAll(verdict == null ? claimLd : review(claim, claimLd, verdict, base));
        return json.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private static Map<String, Object> claim(ClaimRow claim, ArticleSummary article, String base) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "Claim");
        // The claim's id, and so its /claims page, changes when its article is re-extracted: it is named by its
        // sentence, which does not.
        ld.put("identifier", claim.sentence().tagUri());
        ld.put("url", sentenceUrl(claim, base));
        ld.put("text", claim.text());
        if (claim.speaker() != null) {
            ld.put("author", thing("Person", claim.speaker()));
        } else if (claim.outletName() != null) {
            ld.put("author", thing("Organization", claim.outletName()));
        }
        if (claim.date() != null) {
            ld.put("datePublished", claim.date().iso());
        }
        if (!claim.countries().isEmpty()) {
            ld.put("about", claim.countries().stream().map(c -> thing("Country", c.getName())).toList());
        }
        Map<String, Object> appearance = appearance(claim, article, base);
        ld.put("firstAppearance", appearance);
        ld.put("appearance", List.of(appearance));
        return ld;
    }

    private static Map<String, Object> appearance(ClaimRow claim, ArticleSummary article, String base) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "NewsArticle");
        ld.put("url", sentenceUrl(claim, base));
        ld.put("headline", claim.articleTitle());
        if (claim.outletName() != null) {
            ld.put("author", thing("Organization", claim.outletName()));
        } else if (article != null && article.getAuthor() != null) {
            ld.put("author", thing("Person", article.getAuthor()));
        }
        if (article != null && article.getPublisher() != null) {
            ld.put("publisher", thing("Organization", article.getPublisher()));
        }
        if (article != null && article.getPublishedOn() != null) {
            ld.put("datePublished", article.getPublishedOn().toString());
        }
        if (article != null && article.getSource() != null && article.getSource().matches("(?i)https?://.+")) {
            ld.put("sameAs", article.getSource());
        }
        return ld;
    }

    private static Map<String, Object> review(ClaimRow claim, Map<String, Object> claimLd, Verdict verdict,
                                              String base) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict.rating().label());
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "ClaimReview");
        ld.put("url", base + "/claims/" + claim.id());
        ld.put("claimReviewed", claim.text());
        ld.put("itemReviewed", claimLd);
        ld.put("reviewRating", rating);
        if (verdict.note() != null) {
            ld.put("reviewBody", verdict.note());
        }
        ld.put("author", verdict.reviewer() == null ? thing("Organization", "Claimboard")
                : thing("Person", verdict.reviewer()));
        if (verdict.date() != null) {
            ld.put("datePublished", verdict.date().toString());
        }
        return ld;
    }

    /** The sentence in its article's page. */
    private static String sentenceUrl(ClaimRow claim, String base) {
        return base + "/articles/" + claim.articleId() + "#claim-" + claim.id();
    }

    private static Map<String, Object> thing(String type, String name) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", type);
        ld.put("name", name);
        return ld;
    }
}
