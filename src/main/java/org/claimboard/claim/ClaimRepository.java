package org.claimboard.claim;

import java.util.Collection;
import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    /** Newest first (by event date, else publication date), undated last. */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sortDate").nullsLast(), Sort.Order.desc("id"));

    /**
     * One page of the claims matching the filter, with their article and outlet fetched in the same query
     * (countries come in batches). Unsorted pages are sorted {@link #NEWEST_FIRST}. The claims' countries are
     * loaded too (one more query for the page), so a page can be shown outside a transaction.
     */
    @Transactional(readOnly = true)
    default Page<Claim> search(ClaimFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return withCountries(findAll(ClaimSpecifications.matching(filter), sorted));
    }

    /**
     * The latest stored first, as feeds and exports list them. Ids grow as claims are stored, so the primary key
     * serves this order; sorting by the article's ingestion time would join and sort every matching claim on
     * each poll.
     */
    Sort LATEST_STORED = Sort.by(Sort.Order.desc("id"));

    /** Earliest first by the date as the text gives it; dates without a year come last, by month and day. */
    Sort CHRONOLOGICAL = Sort.by(Sort.Order.asc("eventYear").nullsLast(), Sort.Order.asc("eventMonth").nullsLast(),
            Sort.Order.asc("eventDay").nullsLast(), Sort.Order.asc("sortDate").nullsLast(), Sort.Order.asc("id"));

    /**
     * Like {@link #search} but for list pages: outlets loaded, articles left as references (list pages read
     * article summaries, never article texts).
     */
    default Page<Claim> list(ClaimFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return findBy(ClaimSpecifications.matching(filter), q -> q.project("outlet").page(sorted));
    }

    /**
     * The next {@code size} claims matching the filter after a keyset position, latest stored first, outlets
     * loaded: how exports read them all, and (from the start) the feed's latest. Found through the primary key,
     * never counted.
     */
    default Window<Claim> chunk(ClaimFilter filter, ScrollPosition after, int size) {
        return findBy(ClaimSpecifications.matching(filter), q -> q.project("outlet").sortBy(LATEST_STORED)
                .limit(size).scroll(after));
    }

    /** One page of the dated claims matching the filter, in {@link #CHRONOLOGICAL} order; as {@link #list}. */
    default Page<Claim> timeline(ClaimFilter filter, Pageable pageable) {
        return findBy(ClaimSpecifications.matching(filter).and(ClaimSpecifications.dated()), q -> q.project("outlet")
                .page(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), CHRONOLOGICAL)));
    }

    @Override
    @EntityGraph(attributePaths = {"article", "outlet"})
    Page<Claim> findAll(Specification<Claim> spec, Pageable pageable);

    /** Initialises the countries of a page of claims (in batches: one query for the page). */
    private static Page<Claim> withCountries(Page<Claim> page) {
        page.forEach(claim -> Hibernate.initialize(claim.getCountries()));
        return page;
    }

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

    /** Claim counts for the given outlets (one grouped query for a page of outlets). */
    @Query("""
            select new org.claimboard.claim.OutletTally(o.slug, o.name, count(c))
            from Claim c join c.outlet o where o.id in :ids group by o.slug, o.name""")
    List<OutletTally> tallyByOutletIdIn(@Param("ids") Collection<Long> ids);

    /** Claim counts for the given articles (one grouped query for a page of articles). */
    @Query("""
            select new org.claimboard.claim.ArticleClaimCount(c.article.id, count(c))
            from Claim c where c.article.id in :ids group by c.article.id""")
    List<ArticleClaimCount> countByArticleIdIn(@Param("ids") Collection<Long> ids);
}
