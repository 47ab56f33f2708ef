package org.claimboard.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut into pieces the template prints one by one, each escaped by Thymeleaf: paragraphs (at
 * line breaks); in them runs, either a claim sentence (with its anchor ids) or plain text; in those, segments,
 * plain or marked (a country, an outlet, a stance...), and inside a claim also carrying the evidence of its pledges
 * (stance phrase, actor words) that covers them. Every segment lies wholly inside or outside each highlight, so the
 * template can nest a segment's layers in a fixed order and the markup stays well-formed however spans overlap.
 * No HTML is built here, so article text cannot inject markup. One sweep over the cut points: linear in the text
 * plus the highlights.
 */
public record HighlightedText(List<Paragraph> paragraphs) {

    public record Paragraph(List<Run> runs) {
    }

    /**
     * A claim sentence ({@code claim} true) or plain text. The first run of a claim carries its anchors
     * ("claim-12", plus one per other claim on the same sentence); a continuation after a line break carries none.
     */
    public record Run(boolean claim, List<String> anchors, List<Segment> segments) {
        public String anchor() {
            return anchors.isEmpty() ? null : anchors.get(0);
        }

        public List<String> extraAnchors() {
            return anchors.size() < 2 ? List.of() : anchors.subList(1, anchors.size());
        }
    }

    /**
     * Text with a CSS class (null when plain) and an optional tooltip, and the stance phrase and actor words
     * covering it (null when none).
     */
    public record Segment(String text, String css, String title, Evidence stance, Evidence actor) {
        public Segment(String text, String css, String title) {
            this(text, css, title, null, null);
        }

        public boolean isMarked() {
            return css != null;
        }
    }

    /** A pledge's evidence over a segment: its CSS class and tooltip ("stance: declined", "actor: PL"). */
    public record Evidence(String css, String title) {
    }

    private record ClaimSpan(int start, int end, List<String> anchors) {
    }

    public static HighlightedText of(String text, List<Highlight> highlights) {
        int length = text.length();
        List<Highlight> valid = highlights.stream()
                .filter(h -> h.start() >= 0 && h.end() <= length && h.start() < h.end()).toList();
        List<ClaimSpan> claims = mergeClaims(valid.stream().filter(Highlight::isClaim)
                .sorted(Comparator.comparingInt(Highlight::start)).toList());
        LayerSweep marks = new LayerSweep(valid, Highlight.Layer.MARK);
        LayerSweep stances = new LayerSweep(valid, Highlight.Layer.STANCE);
        LayerSweep actors = new LayerSweep(valid, Highlight.Layer.ACTOR);

        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        valid.forEach(h -> {
            cuts.add(h.start());
            cuts.add(h.end());
        });
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            cuts.add(i);
            cuts.add(i + 1);
        }

        Builder out = new Builder();
        int nextClaim = 0;
        Integer from = null;
        for (int to : cuts) {
            if (from != null && from < to) {
                while (nextClaim < claims.size() && claims.get(nextClaim).end() <= from) {
                    nextClaim++;
                }
                ClaimSpan claim = nextClaim < claims.size() && claims.get(nextClaim).start() <= from
                        ? claims.get(nextClaim) : null;
                String piece = text.substring(from, to);
                if (piece.equals("\n")) {
                    out.lineBreak();
                } else {
                    Highlight mark = LayerSweep.innermost(marks.at(from));
                    // Evidence is drawn inside its sentence only: outside a claim there is no sentence to point into.
                    Evidence stance = claim == null ? null : LayerSweep.evidence(stances.at(from));
                    Evidence actor = claim == null ? null : LayerSweep.evidence(actors.at(from));
                    out.add(claim, mark == null ? new Segment(piece, null, null, stance, actor)
                            : new Segment(piece, mark.css(), mark.title(), stance, actor));
                }
            }
            from = to;
        }
        return out.finish();
    }

    /** Claims are sentences: overlapping ones are joined into one span that keeps every claim's anchor. */
    private static List<ClaimSpan> mergeClaims(List<Highlight> sorted) {
        List<ClaimSpan> merged = new ArrayList<>();
        for (Highlight h : sorted) {
            ClaimSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h.start() < last.end()) {
                List<String> anchors = new ArrayList<>(last.anchors());
                anchors.add("claim-" + h.claimId());
                merged.set(merged.size() - 1, new ClaimSpan(last.start(), Math.max(last.end(), h.end()), anchors));
            } else {
                merged.add(new ClaimSpan(h.start(), h.end(), List.of("claim-" + h.claimId())));
            }
        }
        return merged;
    }

    private static final class Builder {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private List<Run> runs = new ArrayList<>();
        private List<Segment> segments = new ArrayList<>();
        private ClaimSpan runClaim;
        private ClaimSpan anchored;

        void add(ClaimSpan claim, Segment segment) {
            if (claim != runClaim) {
                closeRun();
                runClaim = claim;
            }
            segments.add(segment);
        }

        void lineBreak() {
            closeRun();
            if (!runs.isEmpty()) {
                paragraphs.add(new Paragraph(runs));
                runs = new ArrayList<>();
            }
        }

        HighlightedText finish() {
            lineBreak();
            return new HighlightedText(List.copyOf(paragraphs));
        }

        private void closeRun() {
            if (!segments.isEmpty()) {
                boolean first = runClaim != null && anchored != runClaim;
                runs.add(new Run(runClaim != null, first ? runClaim.anchors() : List.of(), List.copyOf(segments)));
                if (runClaim != null) {
                    anchored = runClaim;
                }
            }
            segments = new ArrayList<>();
        }
    }
}
