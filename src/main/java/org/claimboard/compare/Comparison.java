package org.claimboard.compare;

import java.util.List;

import org.claimboard.pledge.PledgeView;

/**
 * What several sources reported, as a matrix: one column per source (outlet or article), one row per actor
 * (a country, or the coalition as a whole). A row disagrees when the sources' latest reports differ.
 */
public record Comparison(List<Column> columns, List<Row> rows) {

    /** A source: its label and where it links. */
    public record Column(String key, String label, String href) {
    }

    /** An actor's reports, one cell per column, in column order. */
    public record Row(String actor, String name, boolean coalition, List<Cell> cells, boolean disagree) {
    }

    /** What one source reported about one actor, newest first (capped; {@code more} counts the rest). */
    public record Cell(List<PledgeView> reports, int more) {
        public boolean empty() {
            return reports.isEmpty();
        }

        public PledgeView latest() {
            return reports.isEmpty() ? null : reports.get(0);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
