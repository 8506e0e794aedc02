package org.liaison.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.liaison.common.RateWindow;
import org.liaison.open311.apikey.ApiKey;

import java.time.Clock;
import java.time.Duration;

/**
 * Requests created per API key and minute: the key's own limit, else the configured default. An integrator such
 * as FixMyStreet sends every one of its users' reports from its own servers, so the limit is the key's, not the
 * client address's (the resident pages' per-address limit would throttle a whole city behind one server).
 * Per instance, like every RateWindow.
 */
@ApplicationScoped
public class KeyRateLimiter {

    private final int defaultLimit;
    private final RateWindow window;

    @Inject
    KeyRateLimiter(Open311Config config, Clock clock) {
        this(config.rateLimitPerMinute(), clock);
    }

    KeyRateLimiter(int defaultLimit, Clock clock) {
        this.defaultLimit = defaultLimit;
        this.window = new RateWindow(Duration.ofMinutes(1), clock);
    }

    /** Counts one request of the key; 429 with Retry-After when it is over its limit. */
    public void admit(ApiKey key) {
        int limit = key.rateLimitPerMinute != null ? key.rateLimitPerMinute : defaultLimit;
        String counter = "key:" + key.id;
        if (window.record(counter) <= limit) {
            return;
        }
        Duration wait = window.blockedFor(counter, limit).orElse(Duration.ZERO);
        Duration retryAfter = Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
        throw new Open311Exception(429, java.util.List.of(new Open311Views.Error(429, "This api_key has sent more than "
                + limit + " requests this minute; retry in " + retryAfter.toSeconds() + " seconds.")), retryAfter);
    }
}
