package org.claimboard.extraction;

/** One sentence: its position in the article and its character offsets [start, end). */
public record Sentence(int index, int start, int end) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
