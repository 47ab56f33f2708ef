package org.claimboard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only when a PostgreSQL server answers at {@link PostgresCondition#url()}
 * (env CLAIMBOARD_TEST_PG_URL, default jdbc:postgresql://localhost:5432/claimboard, user/password claimboard);
 * skips them with a message otherwise, or fails them when CLAIMBOARD_POSTGRES_TESTS=required.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
