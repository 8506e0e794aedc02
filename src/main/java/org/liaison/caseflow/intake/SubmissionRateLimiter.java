package org.liaison.caseflow.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.liaison.caseflow.CaseFlowConfig;
import org.liaison.common.RateWindow;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Throttles floods of submissions: at most {@code limit} per client address per minute (0 = off, for load
 * tests). Every attempt counts, replays included, so a script retrying in a loop is slowed like any other.
 * Per instance (see {@link RateWindow}); the address is the trusted-proxy-resolved one (ClientAddress).
 */
@ApplicationScoped
public class SubmissionRateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final RateWindow window;

    @Inject
    SubmissionRateLimiter(CaseFlowConfig config, Clock clock) {
        this(config.submitRateLimitPerMinute(), clock);
    }

    SubmissionRateLimiter(int limit, Clock clock) {
        if (limit < 0) {
            throw new IllegalArgumentException("the submission rate limit must not be negative");
        }
        this.limit = limit;
        this.window = new RateWindow(WINDOW, clock);
    }

    /** Counts one submission from the address; 429 with Retry-After when the address is over its limit. */
    public void admit(String clientAddress) {
        if (limit == 0) {
            return;
        }
        if (window.record(clientAddress) <= limit) {
            return;
        }
        Optional<Duration> wait = window.blockedFor(clientAddress, limit);
        // whole seconds, rounded up: a client waiting exactly Retry-After must find the window over
        Duration retryAfter = Duration.ofSeconds(Math.max(1, (wait.orElse(Duration.ZERO).toMillis() + 999) / 1000));
        throw ProblemException.tooManyRequests("Too many messages from your network; try again in "
                + retryAfter.toSeconds() + " seconds.", retryAfter);
    }
}
