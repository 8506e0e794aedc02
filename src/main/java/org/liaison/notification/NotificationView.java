package org.liaison.notification;

import io.vertx.mutiny.sqlclient.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One outbox message as an operator sees it: never the phone number or the parameters. */
@Schema(description = "A notification in the outbox. The recipient's phone number is never shown.")
public record NotificationView(
        long id,
        @Schema(description = "Sent with the message; a receiver drops repeats by it.") UUID messageId,
        long eventId,
        @Schema(example = "ACCEPT") String eventType,
        @Schema(example = "7K4M9QXTB") String trackingCode,
        @Schema(example = "RESIDENT") Recipient recipientRole,
        @Schema(description = "The deputy's or department's id; null for the resident.") Long recipientId,
        @Schema(example = "webhook") String channel,
        @Schema(example = "resident.case-accepted") String templateKey,
        @Schema(example = "zh-CN") String language,
        @Schema(description = "PENDING, SENT, DEAD or CANCELLED.", example = "DEAD") String state,
        int attempts,
        Instant nextAttemptAt,
        @Schema(description = "Why the last attempt failed or the message waits.", example = "HTTP 503") String lastError,
        Instant createdAt,
        Instant sentAt) {

    static final String COLUMNS = "id, message_id, event_id, event_type, tracking_code, recipient_role, recipient_id,"
            + " channel, template_key, language, state, attempts, next_attempt_at, last_error, created_at, sent_at";

    static NotificationView of(Row row) {
        return new NotificationView(row.getLong("id"), row.getUUID("message_id"), row.getLong("event_id"),
                row.getString("event_type"), row.getString("tracking_code"), Recipient.valueOf(row.getString("recipient_role")),
                row.getLong("recipient_id"), row.getString("channel"), row.getString("template_key"),
                row.getString("language"), row.getString("state"), row.getInteger("attempts"),
                OutboxRepository.instant(row, "next_attempt_at"), row.getString("last_error"),
                OutboxRepository.instant(row, "created_at"), OutboxRepository.instant(row, "sent_at"));
    }
}
