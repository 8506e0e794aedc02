package org.liaison.caseflow.lifecycle;

/**
 * What the caller must do, besides setting the new status, when it applies a {@link Transition}. The clock effects
 * are applied for you by {@link CaseClock#follow(Transition, java.time.Instant, ServiceLevel)}.
 */
public enum CaseEffect {
    /** Add the current deputy to the case's excluded deputies before routing (DECLINE, ESCALATE). */
    EXCLUDE_ASSIGNEE,
    /**
     * Run {@code org.liaison.routing.RoutingPolicy} now, excluding the case's excluded deputies, and make its
     * decision the new assignee: a deputy, or none for the administrators' queue (ROUTE, DECLINE, ESCALATE).
     */
    RUN_ROUTING,
    /** Make the deputy named by the administrator the new assignee, or none for the administrators' queue. */
    ASSIGN_CHOSEN_DEPUTY,
    /** A fresh accept deadline from now. */
    START_ACCEPT_CLOCK,
    /** A fresh resolve deadline from now (first routing, and reopening). */
    START_RESOLVE_CLOCK,
    /** Record the acceptance time; the accept deadline is met; the resident's phone becomes visible to the deputy. */
    RECORD_ACCEPTANCE,
    /** Stop the deadline clock: the case waits for the resident. */
    PAUSE_CLOCK,
    /** Restart the clock; deadlines shift by the time spent paused. Every move out of AWAITING_INFO has it. */
    RESUME_CLOCK,
    /** Open a referral to the department named in the request. */
    OPEN_REFERRAL,
    /** Close the open referral (reply, recall, or the case ending). Every move out of REFERRED has it. */
    CLOSE_REFERRAL,
    /** Record the response time; the resolve deadline is met; the rating window opens. */
    RECORD_RESPONSE,
    /** Store the resident's rating. */
    RECORD_RATING,
    /** Mark the case supervised (reopened after an unsatisfied rating, or past its resolve deadline). */
    MARK_SUPERVISED,
    /** Add one to the case's reopen count. */
    COUNT_REOPENING
}
