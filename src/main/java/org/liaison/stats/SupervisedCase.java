package org.liaison.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** An open case that needs supervision, with who holds it and for how long. No personal data. */
@Schema(description = "An open case overdue, reopened, escalated or supervised; the holder is the department while "
        + "referred, else the deputy, else the administrators' queue.")
public record SupervisedCase(long id, String trackingCode, String status, String venue, String category,
                             Instant submittedAt, boolean overdue, Instant resolveDueAt, int reopenCount,
                             boolean escalated, boolean supervised, long supervisionNotes, long urges, Holder holder,
                             Instant heldSince, @Schema(description = "Hours the holder has held it, now.") Double heldForHours) {

    @Schema(name = "SupervisionHolder")
    public record Holder(@Schema(enumeration = {"DEPUTY", "DEPARTMENT", "ADMINISTRATORS"}) String kind, Long id, String name) {
    }
}
