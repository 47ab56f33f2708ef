package org.claimboard.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The switch behind {@link RequiresPostgres}; also where the tests find their server. */
public final class PostgresCondition implements ExecutionCondition {

    public static String url() {
        return env("CLAIMBOARD_TEST_PG_URL", "jdbc:postgresql://localhost:5432/claimboard");
    }

    public static String user() {
        return env("CLAIMBOARD_TEST_PG_USER", "claimboard");
    }

    public static String password() {
        return env("CLAIMBOARD_TEST_PG_PASSWORD", "claimboard");
    }

    public static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url(), user(), password());
    }

    static boolean required() {
        return "required".equals(env("CLAIMBOARD_POSTGRES_TESTS", "").toLowerCase(Locale.ROOT));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection connection = connect()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url()
                    + " (" + connection.getMetaData().getDatabaseProductVersion() + ")");
        } catch (SQLException e) {
            String why = "no PostgreSQL server answers at " + url() + " as " + user() + " ("
                    + String.valueOf(e.getMessage()).replaceAll("[.\\s]+$", "") + ")";
            if (required()) {
                throw new IllegalStateException("CLAIMBOARD_POSTGRES_TESTS=required but " + why, e);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + why
                    + ". To run them start one (.ci/postgres-setup.sh) or point CLAIMBOARD_TEST_PG_URL at one;"
                    + " set CLAIMBOARD_POSTGRES_TESTS=required to make this a failure.");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Objects.requireNonNull(fallback) : value.strip();
    }
}
