package org.liaison.caseflow.handling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A referral of the case to a department, with the department's reply once given. */
@Schema(name = "Referral", description = "A referral (转办) of the case to a department, open until replied to or recalled.")
public record ReferralView(
        long id,
        long departmentId,
        @Schema(example = "市城市管理局") String departmentName,
        @Schema(description = "The deputy's note to the department.") String note,
        @Schema(description = "The department's reply, once given.") String reply,
        Instant openedAt,
        Instant repliedAt,
        @Schema(description = "Set when the referral ended: replied to or recalled.") Instant closedAt) {
}
