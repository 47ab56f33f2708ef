package org.claimboard.correction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClaimVerdictRepository extends JpaRepository<ClaimVerdict, Long> {

    Optional<ClaimVerdict> findByArticleIdAndClaimStartAndClaimEnd(Long articleId, int claimStart, int claimEnd);

    /** The verdicts on an article's current claims, each with the id of the claim it lands on (one query). */
    @Query("""
            select new org.claimboard.correction.VerdictView(c.id, v.verdict, v.note, v.updatedBy, v.updatedAt)
            from Claim c, ClaimVerdict v
            where c.article.id = :articleId and v.articleId = :articleId
              and v.claimStart = c.startOffset and v.claimEnd = c.endOffset""")
    List<VerdictView> findViewsByArticleId(@Param("articleId") Long articleId);

    /** The verdicts on the given claims (one query for a page of claims). */
    @Query("""
            select new org.claimboard.correction.VerdictView(c.id, v.verdict, v.note, v.updatedBy, v.updatedAt)
            from Claim c, ClaimVerdict v
            where c.id in :claimIds and v.articleId = c.article.id
              and v.claimStart = c.startOffset and v.claimEnd = c.endOffset""")
    List<VerdictView> findViewsByClaimIdIn(@Param("claimIds") Collection<Long> claimIds);
}
