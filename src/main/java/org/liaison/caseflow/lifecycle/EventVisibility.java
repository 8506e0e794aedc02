package org.liaison.caseflow.lifecycle;

import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseAction;

/**
 * What of an event the resident's timeline shows. Every status change is shown; texts are shown when
 * they are addressed to the resident (questions, replies, reasons for a refusal), never when they are
 * internal (a decline reason, a referral note, a department's answer to the deputy).
 */
public final class EventVisibility {

    private EventVisibility() {
    }

    public static boolean eventPublic(CaseAction action) {
        // supervision and urging are between the administrators and the holder
        return action != CaseAction.MARK_OVERDUE && action != CaseAction.SUPERVISE && action != CaseAction.URGE;
    }

    public static boolean notePublic(CaseAction action, ActorKind actor) {
        return switch (action) {
            case REQUEST_INFO, PROVIDE_INFO, RESPOND, RATE, REJECT, WITHDRAW, ROUTE, ESCALATE -> true;
            case ADD_MESSAGE -> actor != ActorKind.DEPARTMENT;
            default -> false;
        };
    }
}
