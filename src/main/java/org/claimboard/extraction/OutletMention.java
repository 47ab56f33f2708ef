package org.claimboard.extraction;

/**
 * A news organisation cited as a source: its name as the text writes it ("FT", "the Daily Telegraph"), which is
 * what the article cites, and its canonical name ("Financial Times", "The Telegraph"), under which its reports
 * are stored together.
 */
public record OutletMention(String name, String canonical, int start, int end) {

    /** An outlet the text names in its own, only form. */
    public OutletMention(String name, int start, int end) {
        this(name, name, start, end);
    }
}
