package org.liaison.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;
import org.liaison.notification.channel.Channels;
import org.liaison.notification.channel.Delivery;
import org.liaison.notification.channel.NotificationChannel;
import org.liaison.notification.channel.OutgoingMessage;
import org.liaison.privacy.PersonalDataCipher;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Delivers the outbox, on every instance: claims a batch of due messages under a lease, sends them one after another
 * in id order, and records each outcome under the claim's token. A killed instance's messages are claimed again when
 * the lease ends. Quiet hours and the daily cap defer a phone message without spending an attempt; a failure is
 * retried with backoff until liaison.notify.max-attempts, then the message is DEAD until an operator retries it.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };

    private final OutboxRepository outbox;
    private final Channels channels;
    private final PersonalDataCipher cipher;
    private final PhoneDigests digests;
    private final NotificationMetrics metrics;
    private final NotifyConfig config;
    private final Optional<QuietHours> quietHours;
    private final Backoff backoff;
    private final ZoneId zone;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationDispatcher(OutboxRepository outbox, Channels channels, PersonalDataCipher cipher, PhoneDigests digests,
                           NotificationMetrics metrics, NotifyConfig config, LiaisonConfig liaison, ObjectMapper json,
                           Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.cipher = cipher;
        this.digests = digests;
        this.metrics = metrics;
        this.config = config;
        this.quietHours = QuietHours.parse(QuietHours.configured(System.getenv(), config.quietHours()), liaison.zone());
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.zone = liaison.zone();
        this.json = json;
        this.clock = clock;
    }

    /** One round: claims up to batch-size due messages and delivers them; the number claimed. */
    public Uni<Integer> dispatchDue() {
        Instant now = clock.instant();
        String claim = UUID.randomUUID().toString();
        return outbox.claim(now, now.plus(config.lease()), claim, config.batchSize()).chain(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (OutboxRow row : rows) {
                chain = chain.chain(() -> deliver(row, claim).onFailure().recoverWithUni(failure -> {
                    Log.warnf(failure, "Notification %d could not be handled; retried later", row.id());
                    return retryOrBury(row, claim, new Delivery.Retry(failure.getClass().getSimpleName(), null));
                }));
            }
            return chain.replaceWith(rows.size());
        }).call(() -> outbox.oldestDueAge(clock.instant()).invoke(metrics::queueAge));
    }

    /** Rounds until a round claims nothing (tests; bounded so a bug cannot loop forever). */
    public Uni<Integer> dispatchUntilIdle() {
        return dispatchDue().chain(count -> count == 0 ? Uni.createFrom().item(0)
                : dispatchUntilIdle().map(more -> count + more));
    }

    private Uni<Void> deliver(OutboxRow row, String claim) {
        Optional<NotificationChannel> channel = channels.byName(row.channel());
        if (channel.isEmpty()) {
            return retryOrBury(row, claim, new Delivery.Retry("channel " + row.channel() + " is not enabled", null));
        }
        if (!channel.get().reachesPhone()) {
            return send(row, claim, channel.get(), null, null);
        }
        return phone(row).chain(phone -> {
            if (phone == null) {
                return outbox.finish(row.id(), claim, "CANCELLED", "no phone number (removed or scrubbed)").replaceWithVoid();
            }
            Instant now = clock.instant();
            if (quietHours.isPresent() && quietHours.get().isQuiet(now) && !exemptFromQuietHours(row)) {
                return outbox.later(row.id(), claim, quietHours.get().nextAllowed(now), "held for quiet hours", false)
                        .replaceWithVoid();
            }
            String digest = digests.of(phone);
            Instant today = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            return outbox.sentSince(digest, today).chain(sentToday -> {
                if (sentToday >= config.dailyCapPerPhone()) {
                    Instant tomorrow = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
                    Instant next = quietHours.map(quiet -> quiet.nextAllowed(tomorrow)).orElse(tomorrow);
                    return outbox.later(row.id(), claim, next, "daily cap reached for this number", false).replaceWithVoid();
                }
                return send(row, claim, channel.get(), phone, digest);
            });
        });
    }

    private boolean exemptFromQuietHours(OutboxRow row) {
        return row.urgent() && row.role() == Recipient.DEPUTY && config.urgentIgnoresQuietHours();
    }

    private Uni<String> phone(OutboxRow row) {
        if (row.role() == Recipient.RESIDENT) {
            return Uni.createFrom().item(() -> cipher.decrypt(row.phoneEncrypted()));
        }
        return row.recipientId() == null ? Uni.createFrom().nullItem() : outbox.phoneOf(row.role(), row.recipientId());
    }

    private Uni<Void> send(OutboxRow row, String claim, NotificationChannel channel, String phone, String digest) {
        Map<String, String> parameters = parameters(row);
        String text = NotificationTemplates.render(row.templateKey(), row.language(), parameters);
        OutgoingMessage message = new OutgoingMessage(row.messageId().toString(), row.role().name(), row.recipientId(),
                phone, row.subscriptionId(), row.templateKey(), row.language(), text, row.trackingCode(), parameters);
        return channel.send(message).chain(delivery -> record(row, claim, delivery, digest));
    }

    private Uni<Void> record(OutboxRow row, String claim, Delivery delivery, String digest) {
        if (delivery instanceof Delivery.Sent) {
            return outbox.sent(row.id(), claim, clock.instant(), digest).invoke(() -> metrics.sent(row.channel())).replaceWithVoid();
        }
        if (delivery instanceof Delivery.Retry retry) {
            return retryOrBury(row, claim, retry);
        }
        if (delivery instanceof Delivery.Gone gone) {
            return outbox.finish(row.id(), claim, "CANCELLED", gone.reason()).replaceWithVoid();
        }
        return bury(row, claim, ((Delivery.Failed) delivery).reason());
    }

    private Uni<Void> retryOrBury(OutboxRow row, String claim, Delivery.Retry retry) {
        if (row.attempts() >= config.maxAttempts()) {
            return bury(row, claim, "after " + row.attempts() + " attempts: " + retry.reason());
        }
        metrics.failed(row.channel());
        Instant next = clock.instant().plus(backoff.delay(row.attempts(), retry.retryAfter(), ThreadLocalRandom.current()));
        return outbox.later(row.id(), claim, next, truncate(retry.reason()), true).replaceWithVoid();
    }

    private Uni<Void> bury(OutboxRow row, String claim, String reason) {
        Log.warnf("Notification %d (%s to %s over %s) is dead: %s", row.id(), row.templateKey(), row.role(), row.channel(), reason);
        metrics.dead(row.channel());
        return outbox.finish(row.id(), claim, "DEAD", truncate(reason)).replaceWithVoid();
    }

    private Map<String, String> parameters(OutboxRow row) {
        try {
            return json.readValue(row.parameters(), PARAMETERS);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable parameters of notification " + row.id(), e);
        }
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }
}
