package org.liaison.caseflow.events;

import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/**
 * One case event as its consumers see it: the row of case_event plus the case's tracking code. The same record
 * reaches in-transaction listeners (before commit) and after-commit listeners on every instance.
 */
public record CaseEventRecord(long id, long caseId, String trackingCode, String type, CaseStatus fromStatus,
                              CaseStatus toStatus, ActorKind actor, String note, boolean visibleToResident,
                              boolean noteVisibleToResident, Long deputyId, Long departmentId, Instant createdAt) {

    /** The record of a freshly written event. */
    static CaseEventRecord of(CaseEvent event, String trackingCode) {
        return new CaseEventRecord(event.id, event.caseId, trackingCode, event.type, event.fromStatus, event.toStatus,
                event.actorRole, event.note, event.visibleToResident, event.noteVisibleToResident, event.deputyId,
                event.departmentId, event.createdAt);
    }

    /** True when the case can change no more after this event (the resident's stream ends with it). */
    public boolean closesCase() {
        return toStatus != null && toStatus.isTerminal();
    }
}
