package org.claimboard.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByContentHash(String contentHash);

    @Query("select a.id from Article a where a.contentHash = :contentHash")
    Optional<Long> findIdByContentHash(@Param("contentHash") String contentHash);

    /** Up to {@code limit} article ids after {@code afterId}, ascending: walks every article in bounded steps. */
    @Query("select a.id from Article a where a.id > :afterId order by a.id")
    List<Long> findIdsAfter(@Param("afterId") long afterId, Limit limit);

    /** Ids and metadata of the given page of articles, without their texts. */
    Page<ArticleSummary> findAllBy(Pageable pageable);

    Page<ArticleSummary> findByPublisherIgnoreCase(String publisher, Pageable pageable);

    Page<ArticleSummary> findByTitleContainingIgnoreCase(String words, Pageable pageable);
}
