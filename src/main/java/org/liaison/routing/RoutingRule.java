package org.liaison.routing;

/** Which rule chose the assignee; the rules are tried in this order. */
public enum RoutingRule {
    /** The resident scanned this deputy's personal code. */
    PERSONAL_DEPUTY,
    /** A deputy on duty today at the scanned venue. */
    ON_DUTY_TODAY,
    /** The least loaded deputy of the scanned venue (topic focus and fairness as in {@link RoutingPolicy}). */
    LEAST_LOADED,
    /** No one available at the scanned venue: a deputy of a parent venue (on duty there first, then least loaded). */
    PARENT_VENUE,
    /** No deputy available anywhere up the chain: the administrators' queue. */
    ADMIN_QUEUE
}
