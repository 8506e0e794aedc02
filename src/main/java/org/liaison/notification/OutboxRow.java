package org.liaison.notification;

import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.util.UUID;

/** One claimed outbox row, as the dispatcher needs it. */
public record OutboxRow(long id, UUID messageId, long caseId, String trackingCode, Recipient role, Long recipientId,
                        String channel, String phoneEncrypted, Long subscriptionId, String templateKey, String language,
                        String parameters, boolean urgent, int attempts, Instant createdAt) {

    static final String COLUMNS = "id, message_id, case_id, tracking_code, recipient_role, recipient_id, channel, phone_enc,"
            + " subscription_id, template_key, language, parameters, urgent, attempts, created_at";

    static OutboxRow of(Row row) {
        return new OutboxRow(row.getLong("id"), row.getUUID("message_id"), row.getLong("case_id"),
                row.getString("tracking_code"), Recipient.valueOf(row.getString("recipient_role")),
                row.getLong("recipient_id"), row.getString("channel"), row.getString("phone_enc"),
                row.getLong("subscription_id"), row.getString("template_key"), row.getString("language"),
                row.getString("parameters"), row.getBoolean("urgent"), row.getInteger("attempts"),
                row.getOffsetDateTime("created_at").toInstant());
    }
}
