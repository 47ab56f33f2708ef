package org.claimboard.article;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentionRepository extends JpaRepository<Mention, Long> {

    /** The article's mentions in reading order. */
    List<Mention> findByArticleIdOrderByStartAscEndDesc(Long articleId);

    List<Mention> findByArticleIdAndKindOrderByStart(Long articleId, MentionKind kind);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Mention m where m.article.id = :articleId")
    int deleteByArticleId(@Param("articleId") Long articleId);

    /** For each value, how many distinct articles mention it with that kind (one grouped query for a page). */
    @Query("""
            select new org.claimboard.article.ValueCount(m.value, count(distinct m.article.id))
            from Mention m where m.kind = :kind and m.value in :values group by m.value""")
    List<ValueCount> countArticlesByValue(@Param("kind") MentionKind kind, @Param("values") Collection<String> values);
}
