package org.liaison.caseflow.events;

import java.util.List;

/**
 * A consumer of committed case events on this instance (live push today): implement it as a CDI bean. Every
 * instance's relay hands it each committed event exactly once, in id order (so in order per case), never one
 * that rolled back, including events committed on other instances and while the LISTEN connection was down.
 * Called on an event-loop thread: never block; hand slow work elsewhere.
 */
public interface CommittedCaseEventListener {

    void committed(List<CaseEventRecord> events);
}
