package org.claimboard.article;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByContentHash(String contentHash);

    /** Ids and metadata of the given page of articles, without their texts. */
    Page<ArticleSummary> findAllBy(Pageable pageable);

    Page<ArticleSummary> findByPublisherIgnoreCase(String publisher, Pageable pageable);

    Page<ArticleSummary> findByTitleContainingIgnoreCase(String words, Pageable pageable);
}
