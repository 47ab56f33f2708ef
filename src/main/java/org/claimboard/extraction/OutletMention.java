package org.claimboard.extraction;

/** A news organisation cited as a source, by its canonical name ("Financial Times" for "FT"). */
public record OutletMention(String name, int start, int end) {
}
