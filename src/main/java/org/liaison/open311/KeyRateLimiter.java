package org.liaison.open311;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.limit.RateLimit;
import org.liaison.common.limit.SharedLimits;
import org.liaison.open311.apikey.ApiKey;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests created per API key and minute: the key's own limit, else the configured default, counted for the
 * whole deployment (the shared limits in PostgreSQL). An integrator such as FixMyStreet sends every one of its
 * users' reports from its own servers, so the limit is the key's, not the client address's.
 */
@ApplicationScoped
public class KeyRateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int defaultLimit;
    private final SharedLimits limits;
    private final Map<Integer, RateLimit> byLimit = new ConcurrentHashMap<>();

    KeyRateLimiter(Open311Config config, SharedLimits limits) {
        this.defaultLimit = config.rateLimitPerMinute();
        this.limits = limits;
    }

    /** Counts one request of the key; 429 with Retry-After when it is over its limit. */
    public Uni<Void> admit(ApiKey key) {
        int limit = key.rateLimitPerMinute != null ? key.rateLimitPerMinute : defaultLimit;
        RateLimit rate = byLimit.computeIfAbsent(limit, perMinute -> limits.rate("open311-key-" + perMinute, perMinute, MINUTE));
        return rate.attempt("key:" + key.id).map(refused -> {
            if (refused.isPresent()) {
                Duration retryAfter = refused.get().retryAfter();
                throw new Open311Exception(429, List.of(new Open311Views.Error(429, "This api_key has sent more than "
                        + limit + " requests this minute; retry in " + retryAfter.toSeconds() + " seconds.")), retryAfter);
            }
            return null;
        });
    }
}
