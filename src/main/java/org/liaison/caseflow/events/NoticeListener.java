package org.liaison.caseflow.events;

/**
 * Another channel on this instance's one LISTEN connection (the case-event relay's): implement it as a CDI bean
 * and the relay LISTENs on {@link #channel()} too. After every (re)subscription {@link #listening()} is called, and
 * {@link #deaf()} whenever the connection is lost: notices sent meanwhile are gone, so a cache fed by them must
 * stop trusting itself until it hears {@link #listening()} again.
 */
public interface NoticeListener {

    String channel();

    /** A notice's payload, after the transaction that sent it committed. Never block. */
    void notified(String payload);

    void listening();

    void deaf();
}
