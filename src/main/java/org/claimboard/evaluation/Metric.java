package org.claimboard.evaluation;

/**
 * Counts for one metric, summed over articles (micro-averaged). Precision counts system items that were right;
 * recall counts gold items that were found. For a share metric (troop numbers, attributions, years) only the
 * recall side is used.
 */
public final class Metric {

    private final String name;
    private final boolean share;
    private int precisionHits;
    private int precisionTotal;
    private int recallHits;
    private int recallTotal;

    private Metric(String name, boolean share) {
        this.name = name;
        this.share = share;
    }

    public static Metric f1(String name) {
        return new Metric(name, false);
    }

    public static Metric share(String name) {
        return new Metric(name, true);
    }

    void system(boolean right) {
        precisionTotal++;
        if (right) {
            precisionHits++;
        }
    }

    void gold(boolean found) {
        recallTotal++;
        if (found) {
            recallHits++;
        }
    }

    public String name() {
        return name;
    }

    public boolean isShare() {
        return share;
    }

    /** Precision; 1 when the system said nothing (nothing it said was wrong). */
    public double precision() {
        return precisionTotal == 0 ? 1.0 : (double) precisionHits / precisionTotal;
    }

    /** Recall, or the share for a share metric; 1 when there was nothing to find. */
    public double recall() {
        return recallTotal == 0 ? 1.0 : (double) recallHits / recallTotal;
    }

    public double f1() {
        if (share) {
            return recall();
        }
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The figure the quality bar is set on: F1, or the share. */
    public double score() {
        return f1();
    }

    @Override
    public String toString() {
        if (share) {
            return String.format("%-14s share %.3f (%d/%d)", name, recall(), recallHits, recallTotal);
        }
        return String.format("%-14s precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f", name,
                precision(), precisionHits, precisionTotal, recall(), recallHits, recallTotal, f1());
    }
}
