package org.liaison.caseflow.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.liaison.caseflow.CaseFlowConfig;
import org.liaison.common.limit.RateLimit;
import org.liaison.common.limit.SharedLimits;

import java.time.Clock;
import java.time.Duration;

/**
 * Throttles floods of submissions: at most {@code limit} per client address per minute across all instances
 * (0 = off, for load tests). Every attempt counts, replays included, so a script retrying in a loop is slowed like
 * any other. The address is the trusted-proxy-resolved one (ClientAddress).
 */
@ApplicationScoped
public class SubmissionRateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimit limit;

    @Inject
    SubmissionRateLimiter(CaseFlowConfig config, SharedLimits limits, Clock clock) {
        this(limit("submission", config.submitRateLimitPerMinute(), limits, clock));
    }

    private SubmissionRateLimiter(RateLimit limit) {
        this.limit = limit;
    }

    /** A limiter of {@code perMinute} (0 = off) counted under the scope, on the given clock. */
    static SubmissionRateLimiter of(String scope, int perMinute, SharedLimits limits, Clock clock) {
        return new SubmissionRateLimiter(limit(scope, perMinute, limits, clock));
    }

    private static RateLimit limit(String scope, int perMinute, SharedLimits limits, Clock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("the submission rate limit must not be negative");
        }
        return perMinute == 0 ? null : limits.rate(scope, perMinute, WINDOW, clock);
    }

    /** Counts one submission from the address; fails with 429 and Retry-After when the address is over its limit. */
    public Uni<Void> admit(String clientAddress) {
        return limit == null ? Uni.createFrom().voidItem() : limit.admit(clientAddress, "Too many messages from your network");
    }
}
