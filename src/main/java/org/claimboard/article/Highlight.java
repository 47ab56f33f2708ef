package org.claimboard.article;

/**
 * A span [start, end) of an article's text to mark, with the CSS class that colours it and a tooltip.
 * A claim highlight ({@code claimId} set) marks a whole sentence and gives it an anchor.
 */
public record Highlight(int start, int end, String css, String title, Long claimId) {

    public static Highlight mark(int start, int end, String css, String title) {
        return new Highlight(start, end, css, title, null);
    }

    public static Highlight claim(long claimId, int start, int end) {
        return new Highlight(start, end, "claim", null, claimId);
    }

    public boolean isClaim() {
        return claimId != null;
    }
}
