package org.claimboard.claim;

import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    /**
     * One page of the claims matching the filter, with their article and outlet fetched in the same query
     * and their countries in one more (so a page can be shown outside a transaction). A page without a sort
     * of its own is sorted newest first by claim date (the event date, else the article's publication date),
     * undated claims last.
     */
    @Transactional(readOnly = true)
    default Page<Claim> search(ClaimFilter filter, Pageable pageable) {
        Specification<Claim> matching = ClaimSpecifications.matching(filter);
        Page<Claim> page = findAll(pageable.getSort().isSorted() ? matching
                : matching.and(ClaimSpecifications.newestFirst()), pageable);
        page.forEach(claim -> Hibernate.initialize(claim.getCountries()));
        return page;
    }

    @Override
    @EntityGraph(attributePaths = {"article", "outlet"})
    Page<Claim> findAll(Specification<Claim> spec, Pageable pageable);

    /** An article's claims in reading order. */
    @EntityGraph(attributePaths = {"outlet", "countries"})
    List<Claim> findByArticleIdOrderBySentenceIndexAscIdAsc(Long articleId);

    long countByArticleId(Long articleId);

    @Query("""
            select new org.claimboard.claim.CountryTally(k.code, k.name, count(c))
            from Claim c join c.countries k group by k.code, k.name order by count(c) desc, k.name""")
    List<CountryTally> tallyByCountry();

    @Query("""
            select new org.claimboard.claim.OutletTally(o.slug, o.name, count(c))
            from Claim c join c.outlet o group by o.slug, o.name order by count(c) desc, o.name""")
    List<OutletTally> tallyByOutlet();

    /** Removes an article's claims; their pledges and country links go with them (ON DELETE CASCADE). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Claim c where c.article.id = :articleId")
    int deleteByArticleId(@Param("articleId") Long articleId);
}
