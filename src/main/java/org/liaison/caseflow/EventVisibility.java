package org.liaison.caseflow;

import org.liaison.caseflow.domain.ActorKind;
import org.liaison.caseflow.domain.CaseAction;

/**
 * What of an event the resident's timeline shows. Every status change is shown; texts are shown when
 * they are addressed to the resident (questions, replies, reasons for a refusal), never when they are
 * internal (a decline reason, a referral note, a department's answer to the deputy).
 */
final class EventVisibility {

    private EventVisibility() {
    }

    static boolean eventPublic(CaseAction action) {
        return action != CaseAction.MARK_OVERDUE;
    }

    static boolean notePublic(CaseAction action, ActorKind actor) {
        return switch (action) {
            case REQUEST_INFO, PROVIDE_INFO, RESPOND, RATE, REJECT, WITHDRAW, ROUTE, ESCALATE -> true;
            case ADD_MESSAGE -> actor != ActorKind.DEPARTMENT;
            default -> false;
        };
    }
}
