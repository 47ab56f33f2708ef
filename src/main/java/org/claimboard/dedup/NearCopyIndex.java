package org.claimboard.dedup;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored fingerprints' bands ({@code article_band}): finds the original a new article repeats (or, for an
 * article fingerprinted late, the later copies of it) with one indexed query for candidates and one for their
 * fingerprints, whatever the number of stored articles. Runs in
 * the caller's transaction, so an article and its bands are stored together or not at all.
 */
@Repository
public class NearCopyIndex {

    /** Candidates sharing the most bands are checked first; more than this many is a cluster, not a story. */
    static final int MAX_CANDIDATES = 50;

    private final NamedParameterJdbcTemplate jdbc;

    NearCopyIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The original that a text with this fingerprint repeats, among articles with an id below {@code beforeId}:
     * the best-matching stored article, or the original it itself repeats, so links always point at an original.
     */
    public Optional<Long> originalOf(Fingerprint fingerprint, long beforeId) {
        return confirmed(fingerprint, "b.article_id < :id", beforeId).stream()
                .max(Comparator.comparingDouble(Scored::similarity).thenComparing(s -> -s.candidate().id()))
                .map(best -> best.candidate().nearCopyOf() != null ? best.candidate().nearCopyOf() : best.candidate().id());
    }

    /**
     * The articles with an id above {@code afterId}, linked to no original, that repeat a text with this
     * fingerprint: copies of an article stored before near copies were detected, which their own ingest could
     * not find because that article had no bands yet.
     */
    public List<Long> unlinkedCopiesAfter(Fingerprint fingerprint, long afterId) {
        return confirmed(fingerprint, "b.article_id > :id and a.near_copy_of is null", afterId).stream()
                .map(s -> s.candidate().id()).sorted().toList();
    }

    /** Links the copies to the original, and re-points articles linked to those copies, so links stay one step. */
    public void link(Collection<Long> copies, long originalId) {
        if (copies.isEmpty()) {
            return;
        }
        jdbc.update("update article set near_copy_of = :original where id in (:copies) or near_copy_of in (:copies)",
                new MapSqlParameterSource("original", originalId).addValue("copies", copies));
    }

    /** Stores the article's bands; call once its row exists. */
    public void add(long articleId, Fingerprint fingerprint) {
        long[] bands = Arrays.stream(Bands.of(fingerprint)).distinct().toArray();
        MapSqlParameterSource[] rows = Arrays.stream(bands)
                .mapToObj(band -> new MapSqlParameterSource("band", band).addValue("article", articleId))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into article_band (band_hash, article_id) values (:band, :article)", rows);
    }

    /**
     * The stored articles, meeting {@code condition} on {@code b} (article_band) and {@code a} (article), that
     * share a band with the fingerprint and are confirmed as near copies of it.
     */
    private List<Scored> confirmed(Fingerprint fingerprint, String condition, long id) {
        long[] bands = Bands.of(fingerprint);
        if (bands.length == 0) {
            return List.of();
        }
        List<Long> candidates = jdbc.queryForList("""
                select b.article_id from article_band b join article a on a.id = b.article_id
                where b.band_hash in (:bands) and %s
                group by b.article_id order by count(*) desc, b.article_id fetch first %d rows only"""
                .formatted(condition, MAX_CANDIDATES), new MapSqlParameterSource("bands",
                        Arrays.stream(bands).boxed().toList()).addValue("id", id), Long.class);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Candidate> stored = jdbc.query("select id, fingerprint, near_copy_of from article where id in (:ids)",
                Map.of("ids", candidates), (row, n) -> new Candidate(row.getLong("id"), row.getString("fingerprint"),
                        row.getObject("near_copy_of", Long.class)));
        return stored.stream()
                .flatMap(c -> Fingerprint.decode(c.fingerprint()).filter(f -> NearDuplicates.areNearCopies(fingerprint, f))
                        .map(f -> new Scored(c, fingerprint.similarity(f))).stream())
                .toList();
    }

    private record Candidate(long id, String fingerprint, Long nearCopyOf) {
    }

    private record Scored(Candidate candidate, double similarity) {
    }
}
