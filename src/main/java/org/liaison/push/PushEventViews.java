package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** The JSON data of a pushed event, per receiver: what changed, without what the receiver may not see. */
public final class PushEventViews {

    private PushEventViews() {
    }

    @Schema(name = "ResidentCaseEvent", description = "A step of the resident's case. No personal data, no ids of people.")
    public record ResidentView(
            @Schema(example = "ACCEPT") String type,
            @Schema(example = "ASSIGNED") CaseStatus from,
            @Schema(example = "ACCEPTED") CaseStatus to,
            Instant at,
            @Schema(description = "Who acted: RESIDENT, DEPUTY, DEPARTMENT, ADMIN or SYSTEM.") ActorKind actor,
            @Schema(description = "Text addressed to the resident (a question, a reply, a reason); absent otherwise.") String note) {
    }

    @Schema(name = "HolderCaseEvent", description = "A change of a case the deputy holds or the department handles.")
    public record HolderView(
            long caseId,
            @Schema(example = "7K4M9QXTB") String trackingCode,
            @Schema(example = "RATE") String type,
            CaseStatus from,
            CaseStatus to,
            Instant at,
            ActorKind actor,
            @Schema(description = "The event's text: for a deputy internal notes included; for a department only its "
                    + "own referral's note, its own texts and notes addressed to the resident (never the rating comment).")
            String note,
            @Schema(description = "The department the case is referred to after the event, if any.") Long departmentId) {
    }

    static Object of(CaseEventRecord event, Audience audience) {
        if (audience instanceof Audience.CaseWatcher) {
            return new ResidentView(event.type(), event.fromStatus(), event.toStatus(), event.createdAt(), event.actor(),
                    event.noteVisibleToResident() ? event.note() : null);
        }
        boolean note = !(audience instanceof Audience.DepartmentWatcher department) || department.seesNote(event);
        return new HolderView(event.caseId(), event.trackingCode(), event.type(), event.fromStatus(), event.toStatus(),
                event.createdAt(), event.actor(), note ? event.note() : null, event.departmentId());
    }
}
