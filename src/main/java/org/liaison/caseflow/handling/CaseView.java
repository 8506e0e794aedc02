package org.liaison.caseflow.handling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.ClosedAs;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.routing.RoutingRule;

import java.time.Instant;
import java.util.List;

/** A case as a deputy, a department or an administrator works on it. */
@Schema(name = "CaseView", description = "A case with its deadlines, referrals, full timeline and what the reader may do now.")
public record CaseView(
        long id,
        @Schema(example = "7K4M9QXTB") String trackingCode,
        CaseStatus status,
        @Schema(description = "Optimistic-lock version of the case.") long version,
        @Schema(description = "Id of the latest event.") long lastEventId,
        long categoryId,
        @Schema(example = "ENVIRONMENT") String categoryCode,
        @Schema(example = "环境卫生") String categoryName,
        long venueId,
        String venueName,
        @Schema(description = "What the resident wrote.") String text,
        @Schema(description = "The deputy holding the case; null in the administrators' queue.") Long assignedDeputyId,
        String assignedDeputyName,
        @Schema(description = "True when no deputy holds the case and administrators act as its holder.")
        boolean inAdministratorsQueue,
        RoutingRule routingRule,
        @Schema(example = "王丽代表今天在健康社区人大代表联系点值班") String routingReasonZh,
        String routingReasonEn,
        @Schema(description = "Accept deadline, while one runs.") Instant acceptDueAt,
        @Schema(description = "Resolve deadline, while one runs.") Instant resolveDueAt,
        @Schema(description = "End of the rating window, while the case waits for its rating.") Instant rateDueAt,
        @Schema(description = "Set while the deadline clock is paused (waiting for the resident).") Instant clockPausedAt,
        boolean overdue,
        boolean supervised,
        int reopenCount,
        Instant submittedAt,
        Instant acceptedAt,
        Instant respondedAt,
        Instant closedAt,
        ClosedAs closedAs,
        Rating rating,
        String ratingComment,
        @Schema(description = "The resident's name and phone number; absent for departments.") ResidentContact resident,
        @Schema(description = "Department of the open referral, if any.") Long departmentId,
        String departmentName,
        List<ReferralView> referrals,
        List<TimelineEntry> timeline,
        @Schema(description = "What the reader may do to the case now.") List<CaseAction> allowedActions) {
}
