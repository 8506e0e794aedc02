package org.liaison.caseflow.events;

import io.smallrye.mutiny.Uni;
import org.liaison.common.sql.TxStatements;

/**
 * A consumer that must change its own tables in the same transaction as the case (a statistics rollup, a
 * notification outbox): implement it as a CDI bean and caseflow calls it for every event it appends, before commit.
 * Its statements go through {@code statements}, the case's transaction, which may be a Hibernate session or a
 * pipelined connection: give writes (they are not waited for one by one) and read only what is needed to decide.
 * A failure rolls the whole change back, so keep it to a few statements of your own; never call back into caseflow.
 */
public interface CaseEventListener {

    Uni<Void> recorded(CaseEventRecord event, CaseFacts facts, TxStatements statements);
}
