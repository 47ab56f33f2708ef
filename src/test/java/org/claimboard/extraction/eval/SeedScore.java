package org.claimboard.extraction.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.claimboard.extraction.ArticleInput;
import org.claimboard.extraction.ReportedClaim;
import org.claimboard.extraction.DateMention;
import org.claimboard.extraction.Document;
import org.claimboard.extraction.Extraction;
import org.claimboard.extraction.Extractors;
import org.claimboard.extraction.Pledge;
import org.claimboard.extraction.claim.ClaimFinder;
import org.claimboard.extraction.pledge.PledgeFinder;
import org.claimboard.extraction.testing.Docs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A working aid, not the official evaluation: runs the pipeline on the seeds (seeds/ under the project root) and
 * scores dates, pledges, troop numbers, attributions, countries and outlets the way gold/README.md describes,
 * printing every miss. {@code --hand} replaces the lexical steps by the hand-made test document builder.
 */
public final class SeedScore {

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        boolean hand = args.length > 0 && args[0].equals("--hand");
        Function<String, Extraction> extractor = hand ? SeedScore::byHand
                : text -> Extractors.standard().extract(ArticleInput.of(text));
        SeedScore score = new SeedScore();
        JsonNode gold = JsonMapper.builder().build().readTree(Path.of("src/test/resources/gold/seeds.json").toFile());
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asString();
            String text = Files.readString(Path.of("seeds", file));
            score.score(file, article, extractor.apply(text));
        }
        score.misses.forEach(System.out::println);
        score.counts.forEach((name, c) -> System.out.println(score.line(name, c)));
    }

    private static Extraction byHand(String text) {
        Document doc = Docs.doc(text);
        new ClaimFinder().apply(doc);
        new PledgeFinder().apply(doc);
        return doc.toExtraction();
    }

    private String line(String name, int[] c) {
        if (name.equals("troops") || name.equals("attributions") || name.equals("years")) {
            return String.format(Locale.ROOT, "%-13s %d/%d = %.3f", name, c[0], c[1], c[1] == 0 ? 1.0
                    : (double) c[0] / c[1]);
        }
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%-13s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", name, p, r, f,
                c[0], c[1], c[2]);
    }

    private void add(String name, int a, int b, int c) {
        int[] total = counts.computeIfAbsent(name, k -> new int[3]);
        total[0] += a;
        total[1] += b;
        total[2] += c;
    }

    private void score(String file, JsonNode gold, Extraction got) {
        sets("countries", file, new LinkedHashSet<>(strings(gold.get("countries"))), got.countryCodes());
        Set<String> goldOutlets = new LinkedHashSet<>();
        strings(gold.get("outlets")).forEach(o -> goldOutlets.add(outletKey(o)));
        Set<String> gotOutlets = new LinkedHashSet<>();
        got.outletNames().forEach(o -> gotOutlets.add(outletKey(o)));
        sets("outlets", file, goldOutlets, gotOutlets);
        pledges(file, gold.get("pledges"), got.pledges());
        attributions(file, gold.get("attributions"), got.claims());
        dates(file, gold.get("dates"), got.dates());
    }

    private void sets(String name, String file, Set<String> gold, Set<String> got) {
        Set<String> tp = new HashSet<>(got);
        tp.retainAll(gold);
        got.stream().filter(g -> !gold.contains(g)).forEach(g -> misses.add(file + " " + name + " FP " + g));
        gold.stream().filter(g -> !got.contains(g)).forEach(g -> misses.add(file + " " + name + " FN " + g));
        add(name, tp.size(), got.size() - tp.size(), gold.size() - tp.size());
    }

    private void pledges(String file, JsonNode gold, List<Pledge> got) {
        Set<String> pairs = new LinkedHashSet<>();
        got.forEach(p -> pairs.add(p.actor() + " " + p.stance()));
        Set<String> required = new HashSet<>();
        Set<String> optional = new HashSet<>();
        int found = 0;
        int requiredCount = 0;
        int troopsFound = 0;
        int troopsTotal = 0;
        for (JsonNode pledge : gold) {
            boolean isOptional = pledge.has("optional") && pledge.get("optional").asBoolean();
            String actor = pledge.get("actor").asString();
            Set<String> statuses = new LinkedHashSet<>(strings(pledge.get("status")));
            statuses.forEach(s -> (isOptional ? optional : required).add(actor + " " + s));
            if (isOptional) {
                continue;
            }
            requiredCount++;
            boolean hit = statuses.stream().anyMatch(s -> pairs.contains(actor + " " + s));
            if (hit) {
                found++;
            } else {
                misses.add(file + " pledge FN " + actor + " " + statuses);
            }
            if (pledge.has("troops")) {
                troopsTotal++;
                int troops = pledge.get("troops").asInt();
                boolean numbered = got.stream().anyMatch(p -> p.actor().equals(actor)
                        && statuses.contains(p.stance().name()) && p.troops() != null && p.troops() == troops);
                if (numbered) {
                    troopsFound++;
                } else {
                    misses.add(file + " troops FN " + actor + " " + statuses + " " + troops);
                }
            }
        }
        int truePairs = 0;
        int falsePairs = 0;
        for (String pair : pairs) {
            if (required.contains(pair)) {
                truePairs++;
            } else if (!optional.contains(pair)) {
                falsePairs++;
                misses.add(file + " pledge FP " + pair);
            }
        }
        add("pledges", truePairs, falsePairs, requiredCount - found);
        add("troops", troopsFound, troopsTotal, 0);
    }

    private void attributions(String file, JsonNode gold, List<ReportedClaim> claims) {
        for (JsonNode attribution : gold) {
            String outlet = outletKey(attribution.get("outlet").asString());
            String quote = attribution.get("quote").asString();
            boolean hit = claims.stream().anyMatch(c -> c.outlet() != null && outletKey(c.outlet()).equals(outlet)
                    && c.text().contains(quote));
            if (!hit) {
                misses.add(file + " attribution FN " + outlet + ": " + quote);
            }
            add("attributions", hit ? 1 : 0, 1, 0);
        }
    }

    private void dates(String file, JsonNode gold, List<DateMention> got) {
        Map<String, String> goldYears = new LinkedHashMap<>();
        for (JsonNode date : gold) {
            String iso = date.get("date").asString();
            goldYears.put(iso.substring(iso.length() - 5), iso.startsWith("--") ? null : iso.substring(0, 4));
        }
        Map<String, Integer> gotYears = new LinkedHashMap<>();
        for (DateMention mention : got) {
            if (mention.date().day() != null) {
                gotYears.putIfAbsent(String.format("%02d-%02d", mention.date().month(), mention.date().day()),
                        mention.date().year());
            }
        }
        sets("dates", file, goldYears.keySet(), gotYears.keySet());
        goldYears.forEach((monthDay, year) -> {
            if (year != null && gotYears.containsKey(monthDay)) {
                Integer gotYear = gotYears.get(monthDay);
                boolean right = gotYear != null && gotYear.toString().equals(year);
                if (!right) {
                    misses.add(file + " year wrong " + monthDay + " " + gotYear + " != " + year);
                }
                add("years", right ? 1 : 0, 1, 0);
            }
        });
    }

    private static String outletKey(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
