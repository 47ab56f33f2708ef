package org.claimboard.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.claimboard.article.Article;
import org.claimboard.article.ArticleRepository;
import org.claimboard.outlet.Outlet;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.pledge.PledgeView;
import org.claimboard.pledge.TroopPledgeRepository;
import org.claimboard.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the side-by-side matrix of what outlets or articles reported about each actor. */
@Service
public class ComparisonService {

    /** Reports read per comparison: enough for any realistic set of sources, bounded at any scale. */
    static final int MAX_REPORTS = 2000;
    /** Reports shown per cell; the rest are counted. */
    static final int PER_CELL = 3;

    private final TroopPledgeRepository pledges;
    private final OutletRepository outlets;
    private final ArticleRepository articles;

    ComparisonService(TroopPledgeRepository pledges, OutletRepository outlets, ArticleRepository articles) {
        this.pledges = pledges;
        this.outlets = outlets;
        this.articles = articles;
    }

    @Transactional(readOnly = true)
    public Comparison outlets(List<String> slugs) {
        Map<String, Outlet> bySlug = new LinkedHashMap<>();
        outlets.findBySlugIn(slugs).forEach(o -> bySlug.put(o.getSlug(), o));
        List<Comparison.Column> columns = new ArrayList<>();
        for (String slug : slugs) {
            Outlet outlet = bySlug.get(slug);
            if (outlet == null) {
                throw new NotFoundException("Outlet", slug);
            }
            columns.add(new Comparison.Column(slug, outlet.getName(), "/outlets/" + slug));
        }
        List<PledgeView> reports = PledgeView.of(pledges.findByOutletSlugs(slugs, PageRequest.of(0, MAX_REPORTS)),
                articles);
        return matrix(columns, reports, PledgeView::outletSlug);
    }

    @Transactional(readOnly = true)
    public Comparison articles(List<Long> ids) {
        Map<Long, Article> byId = new LinkedHashMap<>();
        articles.findAllById(ids).forEach(a -> byId.put(a.getId(), a));
        List<Comparison.Column> columns = new ArrayList<>();
        for (Long id : ids) {
            Article article = byId.get(id);
            if (article == null) {
                throw new NotFoundException("Article", id);
            }
            columns.add(new Comparison.Column(String.valueOf(id), article.label(), "/articles/" + id));
        }
        List<PledgeView> reports = PledgeView.of(pledges.findByArticleIds(ids, PageRequest.of(0, MAX_REPORTS)),
                articles);
        return matrix(columns, reports, r -> String.valueOf(r.articleId()));
    }

    /** Reports come newest first; each cell keeps that order. Coalition first, then countries by name. */
    static Comparison matrix(List<Comparison.Column> columns, List<PledgeView> reports,
                             Function<PledgeView, String> columnOf) {
        Map<String, Map<String, List<PledgeView>>> byActor = new LinkedHashMap<>();
        Map<String, PledgeView> sample = new LinkedHashMap<>();
        for (PledgeView report : reports) {
            byActor.computeIfAbsent(report.actor(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(columnOf.apply(report), c -> new ArrayList<>()).add(report);
            sample.putIfAbsent(report.actor(), report);
        }
        List<Comparison.Row> rows = new ArrayList<>();
        for (var entry : byActor.entrySet()) {
            List<Comparison.Cell> cells = new ArrayList<>();
            for (Comparison.Column column : columns) {
                List<PledgeView> cell = entry.getValue().getOrDefault(column.key(), List.of());
                cells.add(new Comparison.Cell(List.copyOf(cell.subList(0, Math.min(PER_CELL, cell.size()))),
                        Math.max(0, cell.size() - PER_CELL)));
            }
            PledgeView any = sample.get(entry.getKey());
            rows.add(new Comparison.Row(entry.getKey(), any.actorName(), any.coalition(), cells, disagree(cells)));
        }
        rows.sort(Comparator.comparing((Comparison.Row r) -> !r.coalition()).thenComparing(Comparison.Row::name));
        return new Comparison(columns, rows);
    }

    /** Two sources disagree when their latest reports differ in stance, or both give a number and it differs. */
    static boolean disagree(List<Comparison.Cell> cells) {
        PledgeView first = null;
        for (Comparison.Cell cell : cells) {
            PledgeView latest = cell.latest();
            if (latest == null) {
                continue;
            }
            if (first == null) {
                first = latest;
            } else if (latest.stance() != first.stance() || (latest.troops() != null && first.troops() != null
                    && !Objects.equals(latest.troops(), first.troops()))) {
                return true;
            }
        }
        return false;
    }
}
