package org.liaison.caseflow.handling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** A line of a case list or polling feed: enough to show it and decide whether to open it. No personal data. */
@Schema(name = "CaseSummary", description = "A case in a list or polling feed; no personal data.")
public record CaseSummary(
        long id,
        @Schema(example = "7K4M9QXTB") String trackingCode,
        CaseStatus status,
        @Schema(example = "ENVIRONMENT") String categoryCode,
        @Schema(example = "环境卫生") String categoryName,
        long venueId,
        @Schema(example = "健康社区人大代表联系点") String venueName,
        @Schema(description = "The first 120 characters of the text.") String excerpt,
        @Schema(description = "The deputy holding the case; null in the administrators' queue.") Long assignedDeputyId,
        @Schema(description = "Department of the open referral, if any.") Long departmentId,
        Instant submittedAt,
        Instant acceptDueAt,
        Instant resolveDueAt,
        boolean overdue,
        boolean supervised,
        @Schema(description = "Id of the case's latest event.", example = "812") long lastEventId,
        @Schema(description = "When the latest event happened.") Instant changedAt) {
}
