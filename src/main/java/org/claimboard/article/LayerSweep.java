package org.claimboard.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimboard.article.HighlightedText.Evidence;

/**
 * The highlights of one layer as a sweep from the start of the text reaches them: {@link #at} gives those covering
 * a piece. Pieces must be asked for in text order and must not straddle a highlight's start or end.
 */
final class LayerSweep {

    private final List<Highlight> sorted;
    private final List<Highlight> active = new ArrayList<>();
    private int next;

    LayerSweep(List<Highlight> highlights, Highlight.Layer layer) {
        this.sorted = highlights.stream().filter(h -> h.layer() == layer)
                .sorted(Comparator.comparingInt(Highlight::start)).toList();
    }

    /** The highlights covering the piece that starts at {@code from}. */
    List<Highlight> at(int from) {
        while (next < sorted.size() && sorted.get(next).start() <= from) {
            active.add(sorted.get(next++));
        }
        active.removeIf(h -> h.end() <= from);
        return active;
    }

    /** The shortest mark covering the piece: a country inside a stance phrase shows as the country. */
    static Highlight innermost(List<Highlight> covering) {
        Highlight best = null;
        for (Highlight h : covering) {
            if (best == null || h.length() < best.length()) {
                best = h;
            }
        }
        return best;
    }

    /**
     * One piece of evidence for all that cover the piece (two pledges of one sentence may share a stance phrase or
     * overlap): the innermost one's class, and every distinct tooltip, so none is hidden.
     */
    static Evidence evidence(List<Highlight> covering) {
        Highlight inner = innermost(covering);
        if (inner == null) {
            return null;
        }
        Set<String> titles = new LinkedHashSet<>();
        covering.stream().sorted(Comparator.comparingInt(Highlight::start)).map(Highlight::title)
                .filter(t -> t != null).forEach(titles::add);
        return new Evidence(inner.css(), titles.isEmpty() ? null : String.join("; ", titles));
    }
}
