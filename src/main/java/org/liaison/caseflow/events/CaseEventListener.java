package org.liaison.caseflow.events;

import io.smallrye.mutiny.Uni;

/**
 * A consumer that must change its own tables in the same transaction as the case (a statistics rollup, a
 * notification outbox): implement it as a CDI bean and caseflow calls it for every event it appends, before commit.
 * A failure rolls the whole change back, so keep it to a few statements of your own; never call back into caseflow.
 * The current Hibernate Reactive session ({@code Panache.getSession()}) is the case's.
 */
public interface CaseEventListener {

    Uni<Void> recorded(CaseEventRecord event, CaseFacts facts);
}
