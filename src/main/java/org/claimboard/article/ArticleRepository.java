package org.claimboard.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** The article list's order: latest publication first (undated last), then latest ingested. */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.desc("ingestedAt"),
            Sort.Order.desc("id"));

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

    /** Articles that cite an outlet (by its canonical name) or hold a claim attributed to it, newest first. */
    @Query(value = """
            select a.id as id, a.title as title, a.source as source, a.publisher as publisher, a.author as author,
                   a.publishedOn as publishedOn, a.ingestedAt as ingestedAt
            from Article a
            where exists (select 1 from Mention m where m.article = a
                          and m.kind = org.claimboard.article.MentionKind.OUTLET and m.value = :name)
               or exists (select 1 from Claim c where c.article = a and c.outlet.slug = :slug)
            order by a.publishedOn desc nulls last, a.id desc""",
            countQuery = """
            select count(a) from Article a
            where exists (select 1 from Mention m where m.article = a
                          and m.kind = org.claimboard.article.MentionKind.OUTLET and m.value = :name)
               or exists (select 1 from Claim c where c.article = a and c.outlet.slug = :slug)""")
    Page<ArticleSummary> findCiting(@Param("name") String outletName, @Param("slug") String outletSlug,
                                    Pageable pageable);

    /** The near copies of an original, oldest first, without their texts. */
    List<ArticleSummary> findByNearCopyOfOrderByIdAsc(Long originalId, Limit limit);

    /** Metadata of the given articles, without their texts. */
    List<ArticleSummary> findByIdIn(Collection<Long> ids);
}
