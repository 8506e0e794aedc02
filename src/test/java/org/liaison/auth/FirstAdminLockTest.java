package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock InitialAdmin takes before counting administrators: while one instance's creating transaction holds it,
 * another's waits, so it counts only after the first administrator is committed. (RevocationAcrossInstancesIT
 * starts two packaged instances together on an empty database and finds exactly one.)
 */
@QuarkusTest
class FirstAdminLockTest {

    @Inject
    DataSource dataSource;

    @Test
    void aSecondCreatingTransactionWaitsForTheFirstToCommit() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            execute(first, AccountRepository.FIRST_ADMIN_LOCK_SQL);

            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    execute(second, AccountRepository.FIRST_ADMIN_LOCK_SQL);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(700);
            assertThat(waiting).as("the second transaction waits while the first holds the lock").isNotDone();

            first.commit();
            waiting.get(10, TimeUnit.SECONDS);
            second.commit();
        }
    }

    @Test
    void theLockEndsWithItsTransactionEvenOnRollback() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            execute(first, AccountRepository.FIRST_ADMIN_LOCK_SQL);
            first.rollback();
            CompletableFuture.runAsync(() -> {
                try {
                    execute(second, AccountRepository.FIRST_ADMIN_LOCK_SQL);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).get(5, TimeUnit.SECONDS);
            second.commit();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
