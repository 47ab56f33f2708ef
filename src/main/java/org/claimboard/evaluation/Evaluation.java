package org.claimboard.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores of an extraction against a gold file, per metric, with every miss described on its own line. */
public final class Evaluation {

    public static final String COUNTRIES = "countries";
    public static final String OUTLETS = "outlets";
    public static final String PLEDGES = "pledges";
    public static final String TROOP_NUMBERS = "troop numbers";
    public static final String ATTRIBUTIONS = "attributions";
    public static final String DATES = "dates";
    public static final String YEARS = "years";

    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public Evaluation() {
        for (String name : List.of(COUNTRIES, OUTLETS, PLEDGES, DATES)) {
            metrics.put(name, Metric.f1(name));
        }
        for (String name : List.of(TROOP_NUMBERS, ATTRIBUTIONS, YEARS)) {
            metrics.put(name, Metric.share(name));
        }
    }

    public Metric metric(String name) {
        Metric metric = metrics.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("no such metric: " + name);
        }
        return metric;
    }

    public List<Metric> metrics() {
        return List.copyOf(metrics.values());
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }

    void miss(String metric, String file, String what) {
        misses.add("miss  " + metric + "  " + file + "  " + what);
    }

    /** The whole report as printed by the {@code evaluate} command. */
    public String report() {
        StringBuilder out = new StringBuilder();
        metrics.values().forEach(m -> out.append(m).append('\n'));
        misses.forEach(m -> out.append(m).append('\n'));
        return out.toString();
    }
}
