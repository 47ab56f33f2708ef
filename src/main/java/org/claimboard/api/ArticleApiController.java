package org.claimboard.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.claimboard.article.ArticleRepository;
import org.claimboard.article.ArticleSummary;
import org.claimboard.article.StoredExtraction;
import org.claimboard.claim.ArticleClaimCount;
import org.claimboard.claim.ClaimRepository;
import org.claimboard.system.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles as JSON: a page of their metadata, or one with everything extracted from it. */
@RestController
@RequestMapping("/api/articles")
@Tag(name = "Articles")
class ArticleApiController {

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final StoredExtraction extractions;

    ArticleApiController(ArticleRepository articles, ClaimRepository claims, StoredExtraction extractions) {
        this.articles = articles;
        this.claims = claims;
        this.extractions = extractions;
    }

    @GetMapping
    @Operation(summary = "Articles, latest published first, with their claim counts")
    ApiPage<ArticleJson> list(@RequestParam(defaultValue = "1") int page,
                              @RequestParam(defaultValue = "" + ApiPaging.DEFAULT_SIZE) int size) {
        PageRequest request = ApiPaging.of(Pagination.index(page), size);
        Page<ArticleSummary> result = articles.findAllBy(request.withSort(ArticleRepository.NEWEST_FIRST));
        List<Long> ids = result.getContent().stream().map(ArticleSummary::getId).toList();
        Map<Long, Long> counts = ids.isEmpty() ? Map.of() : claims.countByArticleIdIn(ids).stream()
                .collect(Collectors.toMap(ArticleClaimCount::articleId, ArticleClaimCount::claims));
        return ApiPage.of(result, a -> ArticleJson.of(a, counts.getOrDefault(a.getId(), 0L)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One article with its stored extraction, in the extract command's JSON shape")
    ArticleJson show(@PathVariable long id) {
        StoredExtraction.Stored stored = extractions.read(id);
        return ArticleJson.of(stored.article(), stored.claimCount(), stored.extraction());
    }
}
