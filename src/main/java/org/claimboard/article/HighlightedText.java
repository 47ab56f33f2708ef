package org.claimboard.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut into pieces the template prints one by one, each escaped by Thymeleaf: paragraphs (at
 * line breaks); in them runs, either a claim sentence (with its anchor ids) or plain text; in those, segments,
 * plain or marked (a country, an outlet, a stance...). No HTML is built here, so article text cannot inject markup.
 * One sweep over the cut points: linear in the text plus the highlights.
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

    /** Text with a CSS class (null when plain) and an optional tooltip. */
    public record Segment(String text, String css, String title) {
        public boolean isMarked() {
            return css != null;
        }
    }

    private record ClaimSpan(int start, int end, List<String> anchors) {
    }

    public static HighlightedText of(String text, List<Highlight> highlights) {
        int length = text.length();
        List<Highlight> valid = highlights.stream()
                .filter(h -> h.start() >= 0 && h.end() <= length && h.start() < h.end()).toList();
        List<ClaimSpan> claims = mergeClaims(valid.stream().filter(Highlight::isClaim)
                .sorted(Comparator.comparingInt(Highlight::start)).toList());
        List<Highlight> marks = valid.stream().filter(h -> !h.isClaim())
                .sorted(Comparator.comparingInt(Highlight::start)).toList();

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
        int nextMark = 0;
        List<Highlight> active = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && from < to) {
                while (nextClaim < claims.size() && claims.get(nextClaim).end() <= from) {
                    nextClaim++;
                }
                ClaimSpan claim = nextClaim < claims.size() && claims.get(nextClaim).start() <= from
                        ? claims.get(nextClaim) : null;
                while (nextMark < marks.size() && marks.get(nextMark).start() <= from) {
                    active.add(marks.get(nextMark++));
                }
                int at = from;
                active.removeIf(h -> h.end() <= at);
                String piece = text.substring(from, to);
                if (piece.equals("\n")) {
                    out.lineBreak();
                } else {
                    out.add(claim, piece, innermost(active));
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

    /** The shortest mark covering the piece: a country inside a stance phrase shows as the country. */
    private static Highlight innermost(List<Highlight> active) {
        Highlight best = null;
        for (Highlight h : active) {
            if (best == null || h.end() - h.start() < best.end() - best.start()) {
                best = h;
            }
        }
        return best;
    }

    private static final class Builder {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private List<Run> runs = new ArrayList<>();
        private List<Segment> segments = new ArrayList<>();
        private ClaimSpan runClaim;
        private ClaimSpan anchored;

        void add(ClaimSpan claim, String piece, Highlight mark) {
            if (claim != runClaim) {
                closeRun();
                runClaim = claim;
            }
            segments.add(mark == null ? new Segment(piece, null, null) : new Segment(piece, mark.css(), mark.title()));
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
