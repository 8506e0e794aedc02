package org.liaison.caseflow.handling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** One event of a case as the people working on it see it: internal notes included. */
@Schema(name = "TimelineEntry", description = "One event of the case, internal notes included.")
public record TimelineEntry(
        @Schema(description = "Event id: the case's event sequence.", example = "812") long id,
        @Schema(description = "What happened: an action (ACCEPT, REFER, ...) or SUBMITTED.", example = "ACCEPT") String type,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        @Schema(example = "DEPUTY") ActorKind actorRole,
        @Schema(description = "Deputy or department id of the actor, null for residents, administrators and the system.")
        Long actorId,
        @Schema(description = "Reason, question, message, reply or routing reason.") String note,
        @Schema(description = "Whether the resident's timeline shows the event.") boolean visibleToResident,
        @Schema(description = "Whether the resident's timeline shows the note.") boolean noteVisibleToResident,
        Instant createdAt) {
}
