package org.liaison.open311;

import org.liaison.caseflow.lifecycle.CaseStatus;

/** Our lifecycle as GeoReport sees it: open or closed, with the status in words as the notes. */
final class StatusProjection {

    private StatusProjection() {
    }

    /** closed once nothing more can happen to the case (closed, rejected, withdrawn); open otherwise. */
    static String status(CaseStatus status) {
        return status.isTerminal() ? "closed" : "open";
    }

    static String label(CaseStatus status, Open311Language language) {
        return switch (status) {
            case SUBMITTED -> language.pick("已提交", "Submitted");
            case ASSIGNED -> language.pick("待接单", "Waiting for a deputy to take it on");
            case ACCEPTED -> language.pick("已接单", "Taken on by a deputy");
            case IN_PROGRESS -> language.pick("办理中", "In progress");
            case AWAITING_INFO -> language.pick("待补充", "Waiting for more information from the resident");
            case REFERRED -> language.pick("已转办", "Referred to a department");
            case RESPONDED -> language.pick("已答复", "Answered, waiting for the resident's rating");
            case REOPENED -> language.pick("重新办理", "Reopened after an unsatisfied rating");
            case CLOSED -> language.pick("已办结", "Closed");
            case REJECTED -> language.pick("不予受理", "Not accepted");
            case WITHDRAWN -> language.pick("已撤回", "Withdrawn by the resident");
        };
    }
}
