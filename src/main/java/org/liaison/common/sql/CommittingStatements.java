package org.liaison.common.sql;

/** The statements of a {@link PipelinedTransactions} transaction, which can also act once it has committed. */
public interface CommittingStatements extends TxStatements {

    /** Runs {@code action} after the transaction commits (never when it rolls back); a failure of it is only logged. */
    void afterCommit(Runnable action);

    /** Adds a write unless one with the same SQL was added once already in this transaction (a session setting). */
    void writeOnce(SqlStatement statement);
}
