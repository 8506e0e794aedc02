package org.liaison.caseflow.lifecycle;

import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseAction;

/**
 * What of an event the resident's timeline shows. Every status change is shown; texts are shown when
 * they are addressed to the resident (questions, replies, reasons for a refusal), never when they are
 * internal (a decline reason, a referral note, a department's answer to the deputy).
 *
 * <p>A department sees the same public timeline without the rating comment, plus its own referral: the note it
 * was referred with, its reply and its messages. Never the deputies' internal notes, nor another department's
 * referral note, reply or messages. The REST view and the department's stream both decide with these methods.
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

    /** Whether a department's view shows the event at all: every public one, and its own actions. */
    public static boolean departmentSeesEvent(boolean eventPublic, boolean byThisDepartment) {
        return eventPublic || byThisDepartment;
    }

    /**
     * Whether a department's view shows the event's note. {@code byThisDepartment}: the department itself acted;
     * {@code referralToThisDepartment}: a REFER event that opened a referral to it.
     */
    public static boolean departmentSeesNote(String type, boolean notePublic, ActorKind actor, boolean byThisDepartment,
                                             boolean referralToThisDepartment) {
        if (byThisDepartment || referralToThisDepartment && CaseAction.REFER.name().equals(type)) {
            return true;
        }
        return notePublic && actor != ActorKind.DEPARTMENT && !CaseAction.RATE.name().equals(type);
    }
}
