package org.liaison.notification.channel;

import io.smallrye.mutiny.Uni;

/**
 * One way of reaching people (log, webhook, an SMS provider, Web Push), enabled by NOTIFY_CHANNELS. A channel makes
 * one attempt and says how it went; retries, backoff and dead letters are the dispatcher's. It must not block.
 */
public interface NotificationChannel {

    /** The name in NOTIFY_CHANNELS. */
    String name();

    /** True when it delivers to a phone number (quiet hours and the daily cap apply). */
    boolean reachesPhone();

    Uni<Delivery> send(OutgoingMessage message);
}
