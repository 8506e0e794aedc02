package org.liaison.caseflow.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. A case declined by its deputy has no status of its own: the decline re-routes it in the
 * same step, so it is ASSIGNED again (to the next deputy or to the administrators' queue) and the decline with its
 * reason lives in the case history. The administrators' queue is not a status either: it is any case past
 * SUBMITTED that no deputy holds ({@link CaseSnapshot#heldByAdministrators()}).
 */
public enum CaseStatus {
    /** 已提交: received, not yet routed. Normally routed in the same transaction, so rarely seen. */
    SUBMITTED,
    /** 待接单: waiting for the assigned deputy (or an administrator, in the queue) to take it on. */
    ASSIGNED,
    /** 已接单: taken on; the resident's phone number is now visible to the deputy. */
    ACCEPTED,
    /** 办理中: being worked on. */
    IN_PROGRESS,
    /** 待补充: waiting for the resident to add information; the deadline clock is paused. */
    AWAITING_INFO,
    /** 已转办: handed to a department (a referral is open). */
    REFERRED,
    /** 已答复: the deputy answered the resident; waiting for the rating. */
    RESPONDED,
    /** 重新办理: rated unsatisfied; back with the same deputy, under supervision. */
    REOPENED,
    /** 已办结: finished, rated or not (see {@link ClosedAs}). Terminal. */
    CLOSED,
    /** 不予受理: out of scope or abuse, with a reason. Terminal. */
    REJECTED,
    /** 已撤回: withdrawn by the resident. Terminal. */
    WITHDRAWN;

    /** Nothing more can happen to a case in these. */
    public static final Set<CaseStatus> TERMINAL = Collections.unmodifiableSet(EnumSet.of(CLOSED, REJECTED, WITHDRAWN));

    /** Taken on and not yet answered: the resolve deadline runs (frozen while AWAITING_INFO), so it can fall overdue. */
    public static final Set<CaseStatus> IN_HAND = Collections.unmodifiableSet(
            EnumSet.of(ACCEPTED, IN_PROGRESS, REOPENED, AWAITING_INFO, REFERRED));

    /** True for CLOSED, REJECTED and WITHDRAWN: nothing more can happen to the case, not even a message. */
    public boolean isTerminal() {
        return TERMINAL.contains(this);
    }
}
