package org.liaison.duty;

/** How a duty's contact days recur. */
public enum RuleKind {
    /** The n-th (or last) given weekday of every month, e.g. the third Tuesday (Wuxi). */
    MONTHLY,
    /** Every one of the given weekdays. */
    WEEKLY,
    /** An explicit list of dates. */
    DATES
}
