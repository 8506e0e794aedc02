package org.liaison.routing;

/**
 * One deputy routing looked at, for the audit log: where, what it knew, and what came of it. A deputy serving
 * several venues of the chain appears once per venue reached.
 *
 * @param venueId null for the personal deputy, which is considered before any venue
 */
public record ConsideredDeputy(long deputyId, Long venueId, Outcome outcome, boolean onDutyToday,
                               boolean topicMatch, int openCases) {

    public enum Outcome {
        /** Got the case. */
        CHOSEN,
        /** Available, but another deputy ranked first (or was on duty today). */
        PASSED_OVER,
        /** Not taking cases. */
        INACTIVE,
        /** Already declined this case or let it escalate. */
        EXCLUDED
    }
}
