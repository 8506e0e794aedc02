package org.liaison.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.events.CaseEventListener;
import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.events.CaseFacts;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.TxStatements;
import org.liaison.notification.channel.Channels;
import org.liaison.notification.channel.NotificationChannel;
import org.liaison.notification.webpush.WebPushChannel;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The write side of the outbox: inside the case's transaction, each message an event calls for becomes a PENDING row
 * per channel, so a message exists exactly when the case change commits. One insert-select per message, reading the
 * recipient's row for what the channel needs (the resident's encrypted phone is copied as it is, still encrypted);
 * no recipient row, no number, no consent or an unsubscribed case insert nothing. The dedup key makes a repeat a no-op.
 */
@ApplicationScoped
public class NotificationOutbox implements CaseEventListener {

    private static final String COLUMNS = "insert into notification (message_id, dedup_key, event_id, event_type, case_id,"
            + " tracking_code, recipient_role, recipient_id, channel, phone_enc, subscription_id, template_key, language,"
            + " parameters, urgent, state, attempts, next_attempt_at, created_at) ";
    private static final String VALUES = " :messageId, :dedupKey, :eventId, :eventType, :caseId, :trackingCode,"
            + " :role, nullif(:recipientId, 0), :channel, ";
    private static final String REST = " :templateKey, :language, :parameters, :urgent, 'PENDING', 0, :now, :now ";
    /** The resident's rows take the language of the page they submitted from, when it was recorded. */
    private static final String RESIDENT_REST = REST.replace(":language", "coalesce(s.resident_language, :language)");
    private static final String NOT_UNSUBSCRIBED = " and not exists (select 1 from notification_optout o where o.case_id = :caseId)";

    /** Per recipient: where its channel data comes from, and when it may be written. */
    private static final Map<Recipient, String> PHONE_SOURCE = Map.of(
            Recipient.RESIDENT, "s.resident_phone_enc, null," + RESIDENT_REST + "from resident_case s where s.id = :caseId"
                    + " and s.resident_phone_enc is not null and s.contact_consent" + NOT_UNSUBSCRIBED,
            Recipient.DEPUTY, "null, null," + REST + "from deputy s where s.id = :recipientId and s.phone is not null and s.active",
            Recipient.DEPARTMENT, "null, null," + REST + "from department s where s.id = :recipientId and s.contact_phone is not null");

    /** One Web Push row per subscription the case holds (none: nothing), each with a message id of its own. */
    private static final String PUSH = COLUMNS + "select gen_random_uuid(), :dedupKey || p.id, :eventId, :eventType,"
            + " :caseId, :trackingCode, 'RESIDENT', null, :channel, null, p.id," + RESIDENT_REST
            + "from push_subscription p join resident_case s on s.id = p.case_id where p.case_id = :caseId"
            + NOT_UNSUBSCRIBED + " order by p.id on conflict (dedup_key) do nothing";

    private final Channels channels;
    private final TemplateChoice templates;
    private final UnsubscribeLinks links;
    private final NotifyConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationOutbox(Channels channels, TemplateChoice templates, UnsubscribeLinks links, NotifyConfig config,
                       ObjectMapper json, Clock clock) {
        this.channels = channels;
        this.templates = templates;
        this.links = links;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Uni<Void> recorded(CaseEventRecord event, CaseFacts facts, TxStatements statements) {
        Optional<NotificationChannel> phone = channels.phoneChannel();
        List<Planned> planned = phone.isPresent() ? NotificationPlan.plan(event, facts) : List.of();
        // Web Push needs no phone or consent: the subscription is the resident's own request to hear
        Planned push = channels.isEnabled(WebPushChannel.NAME) ? NotificationPlan.residentMessage(event) : null;
        if (planned.isEmpty() && push == null) {
            return Uni.createFrom().voidItem();
        }
        return templates.enabled(facts.categoryId(), statements).invoke(enabled -> {
            for (Planned message : planned) {
                if (enabled.contains(message.templateKey())) {
                    statements.write(insert(event, message, phone.get().name()));
                }
            }
            if (push != null && enabled.contains(push.templateKey())) {
                statements.write(insertPush(event, push));
            }
        }).replaceWithVoid();
    }

    private SqlStatement insertPush(CaseEventRecord event, Planned message) {
        return common(SqlStatement.of(PUSH), event, message, Recipient.RESIDENT)
                .set("dedupKey", dedupKey(event.id(), message) + ":" + WebPushChannel.NAME + ":")
                .set("channel", WebPushChannel.NAME)
                .set("urgent", false);
    }

    private SqlStatement insert(CaseEventRecord event, Planned message, String channel) {
        String sql = COLUMNS + "select" + VALUES + PHONE_SOURCE.get(message.role()) + " on conflict (dedup_key) do nothing";
        return common(SqlStatement.of(sql), event, message, message.role())
                .set("messageId", UUID.randomUUID())
                .set("dedupKey", dedupKey(event.id(), message) + ":" + channel)
                .set("channel", channel)
                .set("role", message.role().name())
                .set("recipientId", message.recipientId() == null ? 0L : message.recipientId())
                .set("urgent", message.urgent());
    }

    /** What every row of the event carries, whatever the channel. */
    private SqlStatement common(SqlStatement statement, CaseEventRecord event, Planned message, Recipient role) {
        return statement.set("eventId", event.id())
                .set("eventType", event.type())
                .set("caseId", event.caseId())
                .set("trackingCode", event.trackingCode())
                .set("templateKey", message.templateKey())
                .set("language", NotificationTemplates.language(config.defaultLanguage()))
                .set("parameters", parameters(event.trackingCode(), role))
                .set("now", clock.instant());
    }

    /** Event, recipient and template: unique per channel, so the same event never reaches the same person twice. */
    static String dedupKey(long eventId, Planned message) {
        return eventId + ":" + message.role() + ":" + (message.recipientId() == null ? "" : message.recipientId())
                + ":" + message.templateKey();
    }

    private String parameters(String trackingCode, Recipient role) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", CaseCodes.display(trackingCode));
        if (role == Recipient.RESIDENT) {
            parameters.put("link", links.trackingLink(trackingCode));
            parameters.put("unsubscribe", links.unsubscribeLink(trackingCode));
        }
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
