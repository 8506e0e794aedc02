package org.liaison.caseflow.handling;

import org.liaison.caseflow.WatchCounters;
import org.liaison.caseflow.WatchCounters.Owner;

/**
 * Whose polling feed: a deputy's cases (those it holds now), a department's (those referred to it, now or
 * before) or the administrators' queue (routed cases no deputy holds). Each has its own watch counter.
 */
record FeedScope(Owner owner, long ownerId) {

    static FeedScope deputy(long deputyId) {
        return new FeedScope(Owner.DEPUTY, deputyId);
    }

    static FeedScope department(long departmentId) {
        return new FeedScope(Owner.DEPARTMENT, departmentId);
    }

    static FeedScope administratorsQueue() {
        return new FeedScope(Owner.ADMIN, WatchCounters.ADMIN_QUEUE);
    }

    /** The HQL condition on ResidentCase c; uses the parameter :owner except for the queue. */
    String condition() {
        return switch (owner) {
            case DEPUTY -> "c.assignedDeputyId = :owner";
            case DEPARTMENT -> "c.id in (select r.caseId from Referral r where r.departmentId = :owner)";
            case ADMIN -> "c.assignedDeputyId is null and c.status <> org.liaison.caseflow.lifecycle.CaseStatus.SUBMITTED";
        };
    }

    boolean usesOwnerParameter() {
        return owner != Owner.ADMIN;
    }

    /** The start of the feed's ETag: d12 for deputy 12, dept3 for department 3, queue for the administrators. */
    String tag() {
        return switch (owner) {
            case DEPUTY -> "d" + ownerId;
            case DEPARTMENT -> "dept" + ownerId;
            case ADMIN -> "queue";
        };
    }
}
