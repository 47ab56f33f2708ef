package org.claimboard.article;

/**
 * A span [start, end) of an article's text to mark, with the CSS class that styles it and a tooltip, on one
 * layer: a claim (a whole sentence with an anchor, {@code claimId} set), a mention or stance mark, or a pledge's
 * evidence (its stance phrase, the words naming its actor), which is drawn only inside a claim sentence.
 */
public record Highlight(int start, int end, String css, String title, Long claimId, Layer layer) {

    /** Layers nest in this order, outermost first, so marks on different layers may overlap freely. */
    public enum Layer { CLAIM, STANCE, ACTOR, MARK }

    public static Highlight mark(int start, int end, String css, String title) {
        return new Highlight(start, end, css, title, null, Layer.MARK);
    }

    public static Highlight claim(long claimId, int start, int end) {
        return new Highlight(start, end, "claim", null, claimId, Layer.CLAIM);
    }

    public static Highlight stance(int start, int end, String css, String title) {
        return new Highlight(start, end, css, title, null, Layer.STANCE);
    }

    public static Highlight actor(int start, int end, String css, String title) {
        return new Highlight(start, end, css, title, null, Layer.ACTOR);
    }

    public boolean isClaim() {
        return layer == Layer.CLAIM;
    }

    int length() {
        return end - start;
    }
}
