package org.claimboard.article;

import java.util.List;

/**
 * The other publications of an article's story: for a syndicated copy, the original it repeats; for an
 * original, its copies (at most {@value #MAX_COPIES}, oldest first). Summaries only: no text is loaded.
 */
public record SameStory(ArticleSummary original, List<ArticleSummary> copies) {

    public static final int MAX_COPIES = 50;

    public SameStory {
        copies = List.copyOf(copies);
    }

    public static SameStory none() {
        return new SameStory(null, List.of());
    }

    public boolean isEmpty() {
        return original == null && copies.isEmpty();
    }
}
