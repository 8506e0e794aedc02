package org.liaison.common.sql;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * The statements of one transaction, however it is run: in the current Hibernate Reactive session
 * ({@link SessionStatements}) or pipelined on one Vert.x connection ({@link PipelinedTransactions}), where a write
 * is sent at once and never waited for on its own, so a transaction's writes and its COMMIT travel together.
 * Statements run in the order they are given; a failed one rolls the whole transaction back.
 */
public interface TxStatements {

    /**
     * Runs a query after every statement given before it; each row as an array of column values. It runs (in its
     * place in the order) even when nobody waits for its rows.
     */
    Uni<List<Object[]>> query(SqlStatement statement);

    /** Adds a write; its outcome is known when the transaction ends (a failure fails the transaction). */
    void write(SqlStatement statement);
}
