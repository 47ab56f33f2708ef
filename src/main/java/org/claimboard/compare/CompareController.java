package org.claimboard.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimboard.article.ArticleRepository;
import org.claimboard.outlet.OutletRepository;
import org.claimboard.system.BadRequestException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Side by side: what two or more outlets, or two or more articles, reported about each actor. */
@Controller
class CompareController {

    static final int PICKER_ARTICLES = 30;

    private final ComparisonService comparisons;
    private final OutletRepository outlets;
    private final ArticleRepository articles;

    CompareController(ComparisonService comparisons, OutletRepository outlets, ArticleRepository articles) {
        this.comparisons = comparisons;
        this.outlets = outlets;
        this.articles = articles;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "outlet", required = false) List<String> outletParams,
                   @RequestParam(name = "article", required = false) List<String> articleParams, Model model) {
        List<String> slugs = distinct(outletParams).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<Long> ids = articleIds(distinct(articleParams));
        if (!slugs.isEmpty() && !ids.isEmpty()) {
            throw new BadRequestException("Compare outlets or articles, not both at once.");
        }
        if (slugs.size() >= 2) {
            model.addAttribute("comparison", comparisons.outlets(slugs));
        } else if (ids.size() >= 2) {
            model.addAttribute("comparison", comparisons.articles(ids));
        }
        model.addAttribute("selectedOutlets", slugs);
        model.addAttribute("selectedArticles", ids);
        model.addAttribute("outlets", outlets.findAllByOrderByNameAsc());
        model.addAttribute("articles", articles.findAllBy(PageRequest.of(0, PICKER_ARTICLES,
                Sort.by(Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.desc("id")))).getContent());
        return "compare/compare";
    }

    private static List<String> distinct(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(set::add);
        }
        return List.copyOf(set);
    }

    private static List<Long> articleIds(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new BadRequestException("\u201C" + value + "\u201D is not an article id; article ids are numbers.");
            }
        }
        return ids;
    }

}
