package org.liaison.push;

import io.vertx.mutiny.sqlclient.Row;
import org.liaison.caseflow.domain.ActorKind;
import org.liaison.caseflow.domain.CaseStatus;

import java.time.Instant;

/** A committed case event as the streams need it: the row of case_event plus the case's tracking code. */
public record PushEvent(long id, long caseId, String trackingCode, String type, CaseStatus fromStatus,
                        CaseStatus toStatus, ActorKind actor, String note, boolean visibleToResident,
                        boolean noteVisibleToResident, Long deputyId, Long departmentId, Instant createdAt) {

    static final String COLUMNS = "e.id, e.case_id, c.tracking_code, e.type, e.from_status, e.to_status, e.actor_role, "
            + "e.note, e.public, e.note_public, e.deputy_id, e.department_id, e.created_at";

    static PushEvent of(Row row) {
        String from = row.getString("from_status");
        String to = row.getString("to_status");
        return new PushEvent(row.getLong("id"), row.getLong("case_id"), row.getString("tracking_code"),
                row.getString("type"), from == null ? null : CaseStatus.valueOf(from),
                to == null ? null : CaseStatus.valueOf(to), ActorKind.valueOf(row.getString("actor_role")),
                row.getString("note"), row.getBoolean("public"), row.getBoolean("note_public"),
                row.getLong("deputy_id"), row.getLong("department_id"),
                row.getOffsetDateTime("created_at").toInstant());
    }

    /** True when the case can change no more after this event (the resident's stream ends with it). */
    public boolean closesCase() {
        return toStatus != null && toStatus.isTerminal();
    }
}
