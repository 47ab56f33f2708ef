package org.claimboard.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table, children first, so each test starts from an empty database. */
public final class TestDatabase {

    private static final String[] TABLES = {"troop_pledge", "claim_country", "claim", "mention", "article",
        "outlet", "person", "country"};

    private TestDatabase() {
    }

    public static void clear(JdbcTemplate jdbc) {
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
    }

    public static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
