package org.liaison.caseflow.lifecycle;

/** The resident's verdict on a response. */
public enum Rating {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意: reopens the case, up to the reopen cap. */
    UNSATISFIED
}
