package org.liaison.caseflow.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An action that the actor may not take on the case in its current status. Carries what the actor may do instead,
 * so the API can answer 409 naming both the status and the allowed actions.
 */
public class IllegalTransitionException extends RuntimeException {

    private final CaseStatus status;
    private final CaseAction action;
    private final Actor actor;
    private final Set<CaseAction> allowedActions;

    public IllegalTransitionException(CaseStatus status, CaseAction action, Actor actor, Set<CaseAction> allowed) {
        super(action + " is not allowed for " + actor + " on a case in status " + status
                + "; allowed now: " + allowed);
        this.status = status;
        this.action = action;
        this.actor = actor;
        EnumSet<CaseAction> copy = EnumSet.noneOf(CaseAction.class);
        copy.addAll(allowed);
        this.allowedActions = Collections.unmodifiableSet(copy);
    }

    public CaseStatus status() {
        return status;
    }

    public CaseAction action() {
        return action;
    }

    public Actor actor() {
        return actor;
    }

    /** What this actor may do on the case now, in declaration order; possibly empty. */
    public Set<CaseAction> allowedActions() {
        return allowedActions;
    }
}
