package org.liaison.caseflow.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;

/** The answer to a submission; a retry with the same Idempotency-Key gets this same document again. */
@Schema(description = "The new case. Keep the secret: it is shown only here and is what lets you follow the case.")
public record SubmissionView(
        @Schema(description = "The tracking code, canonical form.", example = "7K4M9QXTB") String trackingCode,
        @Schema(description = "The tracking code grouped for reading aloud and typing.", example = "7K4M-9QXT-B")
        String displayCode,
        @Schema(description = "The case secret, shown this once: send it as X-Case-Secret to follow the case.",
                example = "hV3pQ0x9Jm0C6s8yF1b2d3e4f5g6h7i8j9k0l1m2n3o") String secret,
        @Schema(example = "ASSIGNED") CaseStatus status,
        @Schema(description = "Who received the case and why, in Chinese.", example = "王丽代表今天在健康社区人大代表联系点值班")
        String routingReasonZh,
        @Schema(description = "Who received the case and why, in English.", example = "王丽 is on duty today at 健康社区人大代表联系点")
        String routingReasonEn,
        @Schema(description = "By when the case should be taken on.", example = "2026-11-22T08:30:00Z") Instant acceptDueAt,
        @Schema(description = "The venue the message was left at.", example = "健康社区人大代表联系点") String venueName,
        @Schema(example = "2026-11-21T08:30:00Z") Instant submittedAt) {

    @Override
    public String toString() {
        return "SubmissionView[trackingCode=" + trackingCode + ", secret=***, status=" + status + "]";
    }
}
