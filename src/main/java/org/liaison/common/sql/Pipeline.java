package org.liaison.common.sql;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The statements of one {@link PipelinedTransactions} transaction. Each is handed to the connection when it is
 * given, which sends them in that order without waiting for answers (the client pipelines), so ordering is the
 * caller's order while the round trips overlap.
 */
final class Pipeline implements CommittingStatements {

    private final SqlConnection connection;
    /** Every statement sent, in order: after a failure the earliest failed one is the cause, later ones only echo it. */
    private final List<CompletableFuture<?>> sent = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Set<String> once = new HashSet<>();
    private boolean ended;

    Pipeline(SqlConnection connection) {
        this.connection = connection;
    }

    @Override
    public Uni<List<Object[]>> query(SqlStatement statement) {
        CompletableFuture<RowSet<Row>> rows = send(statement);
        return Uni.createFrom().completionStage(rows).map(SqlValues::arrays);
    }

    @Override
    public void write(SqlStatement statement) {
        send(statement);
    }

    @Override
    public void writeOnce(SqlStatement statement) {
        if (once.add(statement.sql())) {
            send(statement);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** The actions waiting for the commit, which has happened. */
    void committed() {
        for (Runnable action : afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                Log.warn("An action after a commit failed", e);
            }
        }
    }

    /** Sends COMMIT behind the writes, then waits for all of them: the first failure is the transaction's. */
    Uni<Void> commit(Transaction transaction) {
        ended = true;
        CompletableFuture<Void> commit = transaction.commit().subscribeAsCompletionStage();
        List<CompletableFuture<?>> all = new ArrayList<>(sent);
        return Uni.createFrom().completionStage(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                        .handle((ignored, error) -> firstFailure()))
                .chain(failure -> {
                    if (failure != null) {
                        return Uni.createFrom().failure(failure);
                    }
                    return Uni.createFrom().completionStage(commit);
                });
    }

    /** The earliest statement's failure when one failed, else {@code failure} itself. */
    Throwable cause(Throwable failure) {
        Throwable first = firstFailure();
        return first != null ? first : failure;
    }

    Uni<Void> rollback(Transaction transaction) {
        ended = true;
        return transaction.rollback().onFailure().recoverWithNull();
    }

    private CompletableFuture<RowSet<Row>> send(SqlStatement statement) {
        if (ended) {
            throw new IllegalStateException("The transaction has ended; no more statements: " + statement);
        }
        PositionalSql positional = PositionalSql.of(statement.sql());
        CompletableFuture<RowSet<Row>> future = connection.preparedQuery(positional.sql())
                .execute(positional.tuple(statement.values())).subscribeAsCompletionStage();
        sent.add(future);
        return future;
    }

    private Throwable firstFailure() {
        for (CompletableFuture<?> future : List.copyOf(sent)) {
            if (future.isCompletedExceptionally()) {
                try {
                    future.join();
                } catch (RuntimeException e) {
                    return e.getCause() != null ? e.getCause() : e;
                }
            }
        }
        return null;
    }
}
