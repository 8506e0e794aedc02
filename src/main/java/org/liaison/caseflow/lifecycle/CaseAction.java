package org.liaison.caseflow.lifecycle;

/** Everything that can happen to a case. Who may do what, and when, is the table in {@link CaseStateMachine}. */
public enum CaseAction {
    /** SYSTEM routes a submitted case with the routing policy. */
    ROUTE,
    /** ADMIN hands the case to a deputy of its choice (or pulls it into the administrators' queue). */
    ASSIGN,
    /** The deputy (or an administrator, for a queued case) takes the case on: 接单. */
    ACCEPT,
    /** The assigned deputy passes, with a reason; the case is routed to the next candidate. */
    DECLINE,
    /** SYSTEM: the accept deadline passed; the case is routed to the next candidate. */
    ESCALATE,
    /** The holder starts (or, from AWAITING_INFO, resumes) work. Optional: work actions are allowed from ACCEPTED. */
    START_WORK,
    /** The holder asks the resident for more information; the clock pauses. */
    REQUEST_INFO,
    /** The resident answers a request for information; the clock resumes. */
    PROVIDE_INFO,
    /** The holder refers the case to a department: 转办. */
    REFER,
    /** The referred department records its reply; the case returns to the holder. */
    DEPARTMENT_REPLY,
    /** The holder takes a referral back (wrong or unresponsive department). */
    RECALL_REFERRAL,
    /** The holder answers the resident: 办结 pending the rating. */
    RESPOND,
    /** The resident rates the response: satisfied, basically satisfied or unsatisfied. */
    RATE,
    /** SYSTEM: no rating within the rating window; the case closes as unrated. */
    CLOSE_UNRATED,
    /**
     * SYSTEM: the case waited longer than its timeout for the resident (AWAITING_INFO) or in the administrators'
     * queue (ASSIGNED, no deputy); it closes as EXPIRED, and retention scrubs it like any other ended case.
     */
    EXPIRE,
    /** SYSTEM: the resolve deadline passed; the case is marked supervised. No status change. */
    MARK_OVERDUE,
    /** The holder or an administrator refuses the case (out of scope, abuse), with a reason. */
    REJECT,
    /** The resident withdraws the case. */
    WITHDRAW,
    /** A message on the case thread. No status change. */
    ADD_MESSAGE,
    /** ADMIN puts the case under supervision with an internal note for its holder: 督办. No status change. */
    SUPERVISE,
    /** ADMIN presses the holder to act now, with an internal note: 催办. No status change. */
    URGE
}
