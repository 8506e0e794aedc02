package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;

import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** Events for the plain unit tests of the hub and the cursor. */
public final class PushEvents {

    private PushEvents() {
    }

    public static CaseEventRecord event(long id, long caseId, Long deputyId, Long departmentId) {
        return new CaseEventRecord(id, caseId, "CODE" + caseId, "ADD_MESSAGE", CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS,
                ActorKind.RESIDENT, "note " + id, true, true, deputyId, departmentId, Instant.parse("2026-11-21T10:00:00Z"));
    }

    public static CaseEventRecord internal(long id, long caseId, Long deputyId) {
        return new CaseEventRecord(id, caseId, "CODE" + caseId, "MARK_OVERDUE", CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS,
                ActorKind.SYSTEM, null, false, false, deputyId, null, Instant.parse("2026-11-21T10:00:00Z"));
    }
}
