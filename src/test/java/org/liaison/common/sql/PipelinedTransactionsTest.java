package org.liaison.common.sql;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pipelined transactions on the real database: what commits, what rolls back, and which failure is reported. */
@QuarkusTest
class PipelinedTransactionsTest {

    private static final String INSERT = "insert into pipeline_probe (id, note) values (:id, :note)";

    @Inject
    PipelinedTransactions transactions;

    @Inject
    Pool pool;

    @BeforeEach
    void freshTable() {
        pool.query("create table if not exists pipeline_probe (id int primary key, note text not null)").execute()
                .chain(() -> pool.query("truncate pipeline_probe").execute()).await().indefinitely();
    }

    @Test
    void writesGivenWithoutWaitingCommitTogetherAndAQuerySeesTheWritesBeforeIt() throws Throwable {
        Long seen = run(statements -> {
            for (int i = 1; i <= 50; i++) {
                statements.write(SqlStatement.of(INSERT).set("id", i).set("note", "第" + i + "件"));
            }
            return statements.query(SqlStatement.of("select count(*) from pipeline_probe"))
                    .map(rows -> ((Number) rows.get(0)[0]).longValue());
        });
        assertThat(seen).isEqualTo(50);
        assertThat(count()).isEqualTo(50);
    }

    @Test
    void aWriteGivenOnceIsSentOnceAndASettingItMakesHoldsForTheRestOfTheTransaction() throws Throwable {
        String setting = run(statements -> {
            for (int i = 0; i < 3; i++) {
                statements.writeOnce(SqlStatement.of("insert into pipeline_probe (id, note) values (1, 'once')"));
            }
            statements.writeOnce(SqlStatement.of("select set_config('liaison.probe', 'set', true)"));
            statements.write(SqlStatement.of(INSERT).set("id", 2).set("note", "after"));
            return statements.query(SqlStatement.of("select current_setting('liaison.probe')")).map(rows -> (String) rows.get(0)[0]);
        });
        assertThat(setting).isEqualTo("set");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aFailedWriteRollsEverythingBackAndIsReportedRatherThanTheStatementsAfterIt() {
        assertThatThrownBy(() -> run(statements -> {
            statements.write(SqlStatement.of(INSERT).set("id", 10).set("note", "first"));
            statements.write(SqlStatement.of(INSERT).set("id", 10).set("note", "the same key again"));
            statements.write(SqlStatement.of(INSERT).set("id", 11).set("note", "after the failure"));
            return Uni.createFrom().item("done");
        })).isInstanceOf(PgException.class)
                .satisfies(e -> assertThat(((PgException) e).getSqlState()).isEqualTo("23505"))
                .satisfies(e -> assertThat(((PgException) e).getConstraint()).isEqualTo("pipeline_probe_pkey"));
        assertThat(count()).isZero();
    }

    @Test
    void aFailureOfTheWorkItselfRollsBackWhatItHadWritten() {
        assertThatThrownBy(() -> run(statements -> {
            statements.write(SqlStatement.of(INSERT).set("id", 20).set("note", "written, then refused"));
            return statements.query(SqlStatement.of("select 1")).map(rows -> {
                throw ProblemException.conflict("refused after the write");
            });
        })).isInstanceOf(ProblemException.class).hasMessageContaining("refused after the write");
        assertThat(count()).isZero();
    }

    @Test
    void failedTransactionsGiveTheirConnectionBackToThePool() throws Throwable {
        // more failures than the pool has connections: a leaked one would make the last transaction wait forever
        for (int i = 0; i < 30; i++) {
            int id = i;
            assertThatThrownBy(() -> run(statements -> {
                statements.write(SqlStatement.of(INSERT).set("id", id).set("note", null));
                return Uni.createFrom().item(id);
            })).isInstanceOf(PgException.class);
        }
        Integer served = run(statements -> {
            statements.write(SqlStatement.of(INSERT).set("id", 99).set("note", "still served"));
            return Uni.createFrom().item(1);
        });
        assertThat(served).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aStatementAfterTheEndIsRefused() throws Throwable {
        CommittingStatements[] kept = new CommittingStatements[1];
        run(statements -> {
            kept[0] = statements;
            return Uni.createFrom().item(0);
        });
        assertThatThrownBy(() -> kept[0].write(SqlStatement.of(INSERT).set("id", 1).set("note", "late")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count()).isZero();
    }

    @Test
    void actionsAfterTheCommitRunOnlyWhenItCommitted() throws Throwable {
        List<Long> seenAfterCommit = new java.util.concurrent.CopyOnWriteArrayList<>();
        run(statements -> {
            statements.write(SqlStatement.of(INSERT).set("id", 30).set("note", "committed"));
            statements.afterCommit(() -> seenAfterCommit.add(1L));
            return Uni.createFrom().item(0);
        });
        assertThat(seenAfterCommit).containsExactly(1L);
        assertThatThrownBy(() -> run(statements -> {
            statements.write(SqlStatement.of(INSERT).set("id", 30).set("note", "a duplicate"));
            statements.afterCommit(() -> seenAfterCommit.add(-1L));
            return Uni.createFrom().item(0);
        })).isInstanceOf(PgException.class);
        assertThat(seenAfterCommit).as("a rolled back transaction runs no after-commit action").containsExactly(1L);
    }

    private <T> T run(java.util.function.Function<CommittingStatements, Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> transactions.run(work));
    }

    private long count() {
        List<Long> counts = pool.query("select count(*) from pipeline_probe").execute().await().indefinitely()
                .stream().map(row -> row.getLong(0)).toList();
        return counts.get(0);
    }
}
