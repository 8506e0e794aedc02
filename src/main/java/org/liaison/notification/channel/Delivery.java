package org.liaison.notification.channel;

import java.time.Duration;

/** How one delivery attempt went. */
public sealed interface Delivery {

    /** Accepted by the receiver. */
    record Sent() implements Delivery {
    }

    /** Not delivered, worth trying again (timeout, 5xx, 429, unreadable answer); retryAfter when the receiver said. */
    record Retry(String reason, Duration retryAfter) implements Delivery {
    }

    /** Refused for good (bad request, unknown template, rejected number): dead-lettered at once. */
    record Failed(String reason) implements Delivery {
    }

    /** The recipient is gone (a Web Push subscription answered 404/410): dropped, never retried. */
    record Gone(String reason) implements Delivery {
    }

    static Delivery sent() {
        return new Sent();
    }

    static Delivery retry(String reason) {
        return new Retry(reason, null);
    }
}
