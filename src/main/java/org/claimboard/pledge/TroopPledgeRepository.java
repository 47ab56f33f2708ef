package org.claimboard.pledge;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.claimboard.claim.ClaimFilter;

public interface TroopPledgeRepository extends JpaRepository<TroopPledge, Long>, JpaSpecificationExecutor<TroopPledge> {

    /** Newest claim first (undated last), then the latest stored. */
    Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("claim.sortDate").nullsLast(), Sort.Order.desc("id"));

    /**
     * One page of the pledges matching a claim filter (read as {@link PledgeSpecifications} says), newest first,
     * with claim and outlet loaded and articles left as references.
     */
    default Page<TroopPledge> search(ClaimFilter filter, Pageable pageable) {
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        return findBy(PledgeSpecifications.matching(filter), q -> q.project("claim", "claim.outlet").page(sorted));
    }

    /**
     * The next {@code size} pledges matching a claim filter after a keyset position, latest stored first, claim
     * and outlet loaded: how exports read them all. Found through the primary key, never counted.
     */
    default Window<TroopPledge> chunk(ClaimFilter filter, ScrollPosition after, int size) {
        return findBy(PledgeSpecifications.matching(filter), q -> q.project("claim", "claim.outlet")
                .sortBy(Sort.by(Sort.Order.desc("id"))).limit(size).scroll(after));
    }

    /** An actor's pledges, newest claim first, with claim, article and outlet in the same query. */
    @EntityGraph(attributePaths = {"claim", "claim.article", "claim.outlet"})
    @Query(value = """
            select p from TroopPledge p join p.claim c
            where p.actor = :actor order by c.sortDate desc nulls last, p.id desc""",
            countQuery = "select count(p) from TroopPledge p where p.actor = :actor")
    Page<TroopPledge> findByActorNewestFirst(@Param("actor") String actor, Pageable pageable);

    /** The pledges stated in the given claims (one query for a whole page of claims). */
    @EntityGraph(attributePaths = "claim")
    List<TroopPledge> findByClaimIdInOrderByClaimIdAscIdAsc(Collection<Long> claimIds);

    /**
     * Each actor's most recent pledge: the one on the latest-dated claim (undated claims count as oldest,
     * ties go to the latest stored). One row per actor, so the result is as small as the set of actors.
     */
    default List<TroopPledge> findLatestPerActor() {
        List<Long> ids = findLatestIdPerActor();
        return ids.isEmpty() ? List.of() : findWithClaimByIdInOrderByActorAsc(ids);
    }

    @Query(nativeQuery = true, value = """
            select ranked.id from (
                select p.id, row_number() over (
                    partition by p.actor order by c.sort_date desc nulls last, p.id desc) as rank_in_actor
                from troop_pledge p join claim c on c.id = p.claim_id) ranked
            where ranked.rank_in_actor = 1""")
    List<Long> findLatestIdPerActor();

    @EntityGraph(attributePaths = {"claim", "claim.article", "claim.outlet"})
    List<TroopPledge> findWithClaimByIdInOrderByActorAsc(Collection<Long> ids);

    /** Pledges per actor and stance, for the dashboard's overview. */
    @Query("""
            select new org.claimboard.pledge.StanceTally(p.actor, p.stance, count(p))
            from TroopPledge p group by p.actor, p.stance order by p.actor, p.stance""")
    List<StanceTally> tallyByActorAndStance();

    /** Removes the pledges stated in an article's claims. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from TroopPledge p where p.claim.id in (select c.id from Claim c where c.article.id = :articleId)")
    int deleteByArticleId(@Param("articleId") Long articleId);

    @Query("select distinct p.actor from TroopPledge p order by p.actor")
    List<String> findActors();

    /** Pledges in claims attributed to the given outlets, newest first, at most {@code limit.getPageSize()}. */
    @EntityGraph(attributePaths = {"claim", "claim.outlet"})
    @Query("""
            select p from TroopPledge p join p.claim c join c.outlet o
            where o.slug in :slugs order by c.sortDate desc nulls last, p.id desc""")
    List<TroopPledge> findByOutletSlugs(@Param("slugs") Collection<String> slugs, Pageable limit);

    /** Pledges stated in the given articles, newest first, at most {@code limit.getPageSize()}. */
    @EntityGraph(attributePaths = {"claim", "claim.outlet"})
    @Query("""
            select p from TroopPledge p join p.claim c
            where c.article.id in :ids order by c.sortDate desc nulls last, p.id desc""")
    List<TroopPledge> findByArticleIds(@Param("ids") Collection<Long> ids, Pageable limit);

    /** The given actors' pledges in date order (undated first, then as stored), at most {@code limit}. */
    @EntityGraph(attributePaths = {"claim", "claim.outlet"})
    @Query("""
            select p from TroopPledge p join p.claim c
            where p.actor in :actors order by c.sortDate asc nulls first, c.article.id asc, c.sentenceIndex asc, p.id asc""")
    List<TroopPledge> findByActorsChronological(@Param("actors") Collection<String> actors, Pageable limit);

    /** The actors with the most pledges, most first. */
    @Query("select p.actor from TroopPledge p group by p.actor order by count(p) desc, p.actor")
    List<String> findBusiestActors(Pageable limit);

    /** An article's pledges in reading order, with claim, article and outlet in the same query. */
    @EntityGraph(attributePaths = {"claim", "claim.article", "claim.outlet"})
    List<TroopPledge> findByClaimArticleIdOrderByStartOffsetAscIdAsc(Long articleId);

    /**
     * An actor's pledges newest first, for its ledger: claim and outlet in the same query, the article left
     * unloaded (its text can be large; pages read article summaries instead).
     */
    @EntityGraph(attributePaths = {"claim", "claim.outlet"})
    @Query(value = """
            select p from TroopPledge p join p.claim c
            where p.actor = :actor order by c.sortDate desc nulls last, p.id desc""",
            countQuery = "select count(p) from TroopPledge p where p.actor = :actor")
    Page<TroopPledge> findLedger(@Param("actor") String actor, Pageable pageable);

    /** Each actor's most recent pledge (as {@link #findLatestPerActor}) with claim and outlet, articles unloaded. */
    default List<TroopPledge> findLatestPerActorForLists() {
        List<Long> ids = findLatestIdPerActor();
        return ids.isEmpty() ? List.of() : findWithClaimAndOutletByIdIn(ids);
    }

    @EntityGraph(attributePaths = {"claim", "claim.outlet"})
    @Query("select p from TroopPledge p where p.id in :ids order by p.actor")
    List<TroopPledge> findWithClaimAndOutletByIdIn(@Param("ids") Collection<Long> ids);
}
