package org.claimboard.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Extraction;

/** Scores one article's extraction against its gold answer, exactly as the gold README defines. */
public final class Scorer {

    private Scorer() {
    }

    public static void score(Gold.Article gold, Extraction system, Evaluation into) {
        String file = gold.file();
        compareSets(into, Evaluation.COUNTRIES, file, Set.copyOf(gold.countries()), system.countryCodes());
        compareSets(into, Evaluation.OUTLETS, file, outletKeys(gold.outlets()), outletKeys(system.outletNames()));
        PledgeScoring.score(gold.pledges(), system.pledges(), file, into);
        scoreAttributions(gold.attributions(), system.claims(), file, into);
        scoreDates(gold.dates(), system.dates(), file, into);
    }

    /** Outlet names compare case-insensitively with a leading "The" ignored. */
    static String outletKey(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4).strip() : key;
    }

    private static Set<String> outletKeys(Iterable<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(outletKey(n)));
        return keys;
    }

    private static void compareSets(Evaluation into, String metricName, String file, Set<String> gold,
                                    Set<String> system) {
        Metric metric = into.metric(metricName);
        for (String item : system) {
            boolean right = gold.contains(item);
            metric.system(right);
            if (!right) {
                into.miss(metricName, file, "extra " + item);
            }
        }
        for (String item : gold) {
            boolean found = system.contains(item);
            metric.gold(found);
            if (!found) {
                into.miss(metricName, file, "missing " + item);
            }
        }
    }

    private static void scoreAttributions(List<Gold.Attribution> gold, List<ReportedClaim> claims, String file,
                                          Evaluation into) {
        Metric metric = into.metric(Evaluation.ATTRIBUTIONS);
        for (Gold.Attribution attribution : gold) {
            String outlet = outletKey(attribution.outlet());
            boolean found = claims.stream().anyMatch(c -> c.outlet() != null
                    && outletKey(c.outlet()).equals(outlet) && c.text().contains(attribution.quote()));
            metric.gold(found);
            if (!found) {
                into.miss(Evaluation.ATTRIBUTIONS, file,
                        "no claim by " + attribution.outlet() + " holding \"" + attribution.quote() + "\"");
            }
        }
    }

    private static void scoreDates(List<Gold.Date> gold, List<DateMention> dates, String file, Evaluation into) {
        Map<String, Set<Integer>> systemYears = new TreeMap<>();
        for (DateMention d : dates) {
            if (d.date().month() != null && d.date().day() != null) {
                String monthDay = String.format("%02d-%02d", d.date().month(), d.date().day());
                Set<Integer> years = systemYears.computeIfAbsent(monthDay, k -> new LinkedHashSet<>());
                if (d.date().year() != null) {
                    years.add(d.date().year());
                }
            }
        }
        Map<String, Gold.Date> goldByMonthDay = gold.stream()
                .collect(Collectors.toMap(Gold.Date::monthDay, d -> d, (a, b) -> a, TreeMap::new));
        compareSets(into, Evaluation.DATES, file, goldByMonthDay.keySet(), systemYears.keySet());
        Metric years = into.metric(Evaluation.YEARS);
        for (Gold.Date date : goldByMonthDay.values()) {
            Set<Integer> found = systemYears.get(date.monthDay());
            if (found == null || !date.hasYear()) {
                continue;
            }
            int goldYear = Integer.parseInt(date.date().substring(0, 4));
            boolean right = found.equals(Set.of(goldYear));
            years.gold(right);
            if (!right) {
                into.miss(Evaluation.YEARS, file, date.date() + " found with year " + (found.isEmpty() ? "unknown" : found));
            }
        }
    }
}
