package org.claimboard.claim;

/**
 * What names a claim for good: its article and where its sentence lies in the article's text. Claim ids do not
 * last (re-extraction deletes an article's claims and stores them anew), but the same sentence of the same text
 * keeps its offsets, so feeds and schema.org descriptions identify claims by this.
 *
 * @param articleId the article's id
 * @param start     the sentence's first character
 * @param end       just past its last character
 */
public record SentenceKey(long articleId, int start, int end) {

    /** A tag URI (RFC 4151), as Atom wants for an id that never changes and need not be a working address. */
    public String tagUri() {
        return "tag:claimboard,2025:article-" + articleId + "-sentence-" + start + "-" + end;
    }
}
