package org.liaison.caseflow.tracking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.ClosedAs;
import org.liaison.caseflow.lifecycle.Rating;

import java.time.Instant;
import java.util.List;

/** A case as the resident holding its secret sees it: no one's personal data, no internal ids. */
@Schema(description = "Your case: where it stands, who holds it, and every step so far.")
public record ResidentCaseView(
        @Schema(example = "7K4M9QXTB") String trackingCode,
        @Schema(example = "7K4M-9QXT-B") String displayCode,
        @Schema(example = "IN_PROGRESS") CaseStatus status,
        CategoryRef category,
        @Schema(example = "健康社区人大代表联系点") String venueName,
        @Schema(description = "What you wrote.") String text,
        Holder heldBy,
        @Schema(description = "By when the case should be taken on; null once taken on.") Instant acceptDueAt,
        @Schema(description = "By when the case should be resolved; null once responded.") Instant resolveDueAt,
        @Schema(description = "True once the case is under supervision (reopened or overdue).") boolean supervised,
        @Schema(description = "Your rating, once given.") Rating rating,
        @Schema(description = "How a closed case ended.") ClosedAs closedAs,
        @Schema(example = "2026-11-21T08:30:00Z") Instant submittedAt,
        @Schema(description = "What you can do now: ADD_MESSAGE or PROVIDE_INFO (POST .../messages), RATE, WITHDRAW.")
        List<CaseAction> allowedActions,
        @Schema(description = "Every public step, oldest first.") List<TimelineEntry> timeline) {

    @Schema(name = "CaseCategory")
    public record CategoryRef(@Schema(example = "ENVIRONMENT") String code, @Schema(example = "环境卫生") String nameZh,
                              @Schema(example = "Environment and sanitation") String nameEn) {
    }

    /** Who holds the case: a deputy (display name), a department, or the liaison staff's queue. */
    @Schema(name = "CaseHolder")
    public record Holder(
            @Schema(enumeration = {"DEPUTY", "DEPARTMENT", "STAFF"}, example = "DEPUTY") String kind,
            @Schema(example = "王丽") String nameZh,
            @Schema(example = "王丽") String nameEn) {
    }

    @Schema(name = "CaseTimelineEntry")
    public record TimelineEntry(
            @Schema(description = "Event id, increasing.", example = "42") long id,
            @Schema(description = "SUBMITTED or the action taken.", example = "ROUTE") String type,
            @Schema(example = "2026-11-21T08:30:00Z") Instant at,
            @Schema(example = "SUBMITTED") CaseStatus fromStatus,
            @Schema(example = "ASSIGNED") CaseStatus toStatus,
            @Schema(description = "Text addressed to you (a question, a reply, a reason); null otherwise.") String note,
            @Schema(description = "Who acted.", example = "DEPUTY") ActorKind actor) {
    }
}
