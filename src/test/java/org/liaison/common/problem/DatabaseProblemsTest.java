package org.liaison.common.problem;

import io.vertx.pgclient.PgException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
