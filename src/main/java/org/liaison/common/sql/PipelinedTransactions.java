package org.liaison.common.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * Transactions on one pooled Vert.x connection whose statements are pipelined: each is sent when it is given, a
 * query is waited for only by what needs its rows, and the COMMIT follows the last writes without waiting for
 * them. A write path that reads, decides, then writes costs as many round trips as it has reads, plus one, instead
 * of one per statement; and the row locks it takes are held for those round trips only.
 */
@ApplicationScoped
public class PipelinedTransactions {

    private final Pool pool;

    PipelinedTransactions(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code work} in a transaction and commits when its Uni succeeds (after the writes it gave, pipelined);
     * rolls back when it or any statement fails, and then fails with the first cause.
     */
    public <T> Uni<T> run(Function<CommittingStatements, Uni<T>> work) {
        return pool.getConnection().chain(connection -> connection.begin()
                .chain(transaction -> inside(connection, transaction, work))
                .eventually(connection::close));
    }

    private static <T> Uni<T> inside(SqlConnection connection, Transaction transaction,
                                     Function<CommittingStatements, Uni<T>> work) {
        Pipeline pipeline = new Pipeline(connection);
        Uni<T> done;
        try {
            done = work.apply(pipeline);
        } catch (RuntimeException e) {
            done = Uni.createFrom().failure(e);
        }
        return done.chain(result -> pipeline.commit(transaction).invoke(pipeline::committed).replaceWith(result))
                .onFailure().transform(pipeline::cause)
                .onFailure().call(failure -> pipeline.rollback(transaction));
    }
}
