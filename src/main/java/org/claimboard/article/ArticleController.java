package org.claimboard.article;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimboard.claim.ArticleClaimCount;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.correction.CorrectionReader;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The article list, and one article's text with everything extracted from it highlighted where it stands. */
@Controller
class ArticleController {

    static final Sort NEWEST_FIRST = ArticleRepository.NEWEST_FIRST;

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ArticleReader reader;
    private final CorrectionReader corrections;

    ArticleController(ArticleRepository articles, ClaimRepository claims, ArticleReader reader,
                      CorrectionReader corrections) {
        this.articles = articles;
        this.claims = claims;
        this.reader = reader;
        this.corrections = corrections;
    }

    @GetMapping("/articles")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        Page<ArticleSummary> result = articles.findAllBy(
                PageRequest.of(Pagination.index(page), Pagination.PAGE_SIZE, NEWEST_FIRST));
        List<Long> ids = result.getContent().stream().map(ArticleSummary::getId).toList();
        Map<Long, Long> claimCounts = ids.isEmpty() ? Map.of() : claims.countByArticleIdIn(ids).stream()
                .collect(Collectors.toMap(ArticleClaimCount::articleId, ArticleClaimCount::claims));
        model.addAttribute("articles", result.getContent());
        model.addAttribute("claimCounts", claimCounts);
        model.addAttribute("pages", Pagination.of(result));
        return "article/list";
    }

    @GetMapping("/articles/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", reader.read(id));
        model.addAttribute("review", corrections.review(id));
        return "article/show";
    }
}
