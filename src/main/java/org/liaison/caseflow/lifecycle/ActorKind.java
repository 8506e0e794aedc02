package org.liaison.caseflow.lifecycle;

/** Who acts on a case. */
public enum ActorKind {
    /** The resident holding the case secret. */
    RESIDENT,
    /** A deputy, identified by its deputy id. */
    DEPUTY,
    /** A department, identified by its department id. */
    DEPARTMENT,
    /** An administrator (人大工作人员). */
    ADMIN,
    /** Liaison itself: routing, deadline sweeps. */
    SYSTEM
}
