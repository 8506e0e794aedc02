package org.liaison.stats;

/**
 * The counters of a rollup row, each a column of {@code stats_daily}. Counts and sums only: every ratio is computed
 * when read, so rows of any days, venues or deputies add up.
 */
public enum Measure {
    /** Cases routed (or otherwise taken out of SUBMITTED) on the day: received. */
    RECEIVED,
    /** First acceptances (a case accepted again after reassignment counts once). */
    ACCEPTED,
    /** First responses. */
    RESPONDED,
    CLOSED,
    REJECTED,
    WITHDRAWN,
    /** Referrals to a department (each REFER). */
    REFERRED,
    /** Unsatisfied ratings that reopened the case. */
    REOPENED,
    /** Supervision notes (督办). */
    SUPERVISED,
    /** Urges (催办). */
    URGED,
    /** Cases that fell past their resolve deadline (MARK_OVERDUE). */
    WENT_OVERDUE,
    /** Acceptance decided: first acceptance, or the accept deadline first missed (escalation), whichever came first. */
    ACCEPT_DECIDED,
    ACCEPT_ON_TIME,
    /** Resolution decided: first response, or the resolve deadline passed unanswered, whichever came first. */
    RESOLVE_DECIDED,
    RESOLVE_ON_TIME,
    /** Closed, by how: SATISFIED, BASICALLY_SATISFIED, UNSATISFIED, UNRATED. */
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED,
    UNRATED,
    /** Sum of the seconds from submission to first acceptance (with ACCEPTED: a mean). */
    ACCEPT_SECONDS,
    /** Sum of the seconds from submission to first response. */
    RESPONSE_SECONDS;

    /** Its column in stats_daily. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
