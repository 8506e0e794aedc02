package org.liaison.caseflow.lifecycle;

/** How a CLOSED case ended, for the record and the satisfaction statistics. */
public enum ClosedAs {
    SATISFIED,
    BASICALLY_SATISFIED,
    /** Unsatisfied once the reopen cap was reached. */
    UNSATISFIED,
    /** No rating within the rating window. */
    UNRATED,
    /** Closed by the system after waiting too long for the resident, or in the administrators' queue. */
    EXPIRED;

    static ClosedAs of(Rating rating) {
        return switch (rating) {
            case SATISFIED -> SATISFIED;
            case BASICALLY_SATISFIED -> BASICALLY_SATISFIED;
            case UNSATISFIED -> UNSATISFIED;
        };
    }
}
