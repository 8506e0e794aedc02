package org.liaison.common.problem;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseProblemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"22021", "22P05"})
    void encodingErrorsOfPostgresqlAreTheClientsMistake(String sqlState) {
        PgException error = new PgException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", sqlState, null);

        Problem problem = DatabaseProblems.translate(new CompletionException(error));

        assertThat(problem).isNotNull();
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("UTF8");
    }

    @Test
    void aDuplicateKeyIsFoundAnywhereInTheChainAndByItsConstraintWhenOneIsNamed() {
        PgException trackingCode = duplicate("resident_case_tracking_code_key");
        Throwable wrapped = new CompletionException(new IllegalStateException("pipeline failed", trackingCode));

        assertThat(DatabaseProblems.isUniqueViolation(wrapped, null)).isTrue();
        assertThat(DatabaseProblems.isUniqueViolation(wrapped, "resident_case_tracking_code_key")).isTrue();
        assertThat(DatabaseProblems.isUniqueViolation(wrapped, "idempotency_record_pkey")).isFalse();
        // Hibernate Reactive's SQLException names no constraint: a duplicate, but not provably of that one
        SQLException hibernate = new SQLException("duplicate key value", "23505");
        assertThat(DatabaseProblems.isUniqueViolation(hibernate, null)).isTrue();
        assertThat(DatabaseProblems.isUniqueViolation(hibernate, "resident_case_tracking_code_key")).isFalse();
        assertThat(DatabaseProblems.isUniqueViolation(new PgException("null value", "ERROR", "23502", null), null)).isFalse();
        assertThat(DatabaseProblems.isUniqueViolation(new IllegalStateException("no database here"), null)).isFalse();
    }

    private static PgException duplicate(String constraint) {
        return new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null, null, null, null,
                null, null, null, null, null, "public", null, null, null, constraint);
    }
}
