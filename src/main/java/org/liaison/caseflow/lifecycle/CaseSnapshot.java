package org.liaison.caseflow.lifecycle;

import java.util.Objects;

/**
 * What the state machine needs to know about a case, built from the case row.
 *
 * @param status               the current status
 * @param assignedDeputyId     the deputy holding the case, or null (not yet routed, or in the administrators' queue)
 * @param referralDepartmentId the department of the open referral; required while REFERRED, ignored otherwise
 * @param reopenCount          how many times an unsatisfied rating has reopened the case
 */
public record CaseSnapshot(CaseStatus status, Long assignedDeputyId, Long referralDepartmentId, int reopenCount) {

    public CaseSnapshot {
        Objects.requireNonNull(status, "status");
        if (reopenCount < 0) {
            throw new IllegalArgumentException("reopenCount must not be negative");
        }
        if (status == CaseStatus.SUBMITTED && assignedDeputyId != null) {
            throw new IllegalArgumentException("a SUBMITTED case has no deputy yet");
        }
        if (status == CaseStatus.REFERRED && referralDepartmentId == null) {
            throw new IllegalArgumentException("a REFERRED case needs its referral department");
        }
    }

    /** A new case, not yet routed. */
    public static CaseSnapshot submitted() {
        return new CaseSnapshot(CaseStatus.SUBMITTED, null, null, 0);
    }

    /** A case in the given status held by the given deputy (null: the administrators' queue), no referral. */
    public static CaseSnapshot of(CaseStatus status, Long assignedDeputyId) {
        return new CaseSnapshot(status, assignedDeputyId, null, 0);
    }

    /**
     * True when the case sits in the administrators' queue: routed, but no deputy holds it. Administrators then
     * act as its holder (accept, refer, respond ...), exactly as a deputy would.
     */
    public boolean heldByAdministrators() {
        return status != CaseStatus.SUBMITTED && assignedDeputyId == null;
    }
}
