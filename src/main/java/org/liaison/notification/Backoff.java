package org.liaison.notification;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Retry delays: the base doubled per failed attempt, capped, with "equal jitter" (half fixed, half random) so that
 * messages failing together do not retry together. A provider's Retry-After wins when it asks for longer.
 */
public record Backoff(Duration base, Duration max) {

    /** The delay after the given number of failed attempts (1 for the first failure). */
    public Duration delay(int failedAttempts, Duration retryAfter, RandomGenerator random) {
        long cap = max.toMillis();
        long exponential = base.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 20);
        long ceiling = Math.min(cap, exponential);
        long jittered = ceiling / 2 + (ceiling / 2 == 0 ? 0 : random.nextLong(ceiling / 2 + 1));
        Duration delay = Duration.ofMillis(jittered);
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }
}
