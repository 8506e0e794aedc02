package org.liaison.common.limit;

import io.smallrye.mutiny.Uni;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code limit} attempts per key in a fixed window, for the whole deployment: every attempt is counted in
 * PostgreSQL before it is allowed (so parallel attempts cannot all slip through), and keys this instance has seen
 * refused are refused from memory until their window ends.
 */
public final class RateLimit {

    private final String scope;
    private final int limit;
    private final Duration window;
    private final CounterTable table;
    private final RecentBlocks blocked;
    private final Clock clock;

    RateLimit(String scope, int limit, Duration window, CounterTable table, RecentBlocks blocked, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("a rate limit admits at least one attempt");
        }
        this.scope = scope;
        this.limit = limit;
        this.window = window;
        this.table = table;
        this.blocked = blocked;
        this.clock = clock;
    }

    /** The refusal: how long until the key's window ends, rounded up to whole seconds. */
    public record Refusal(Duration retryAfter) {
    }

    /** Counts one attempt; empty when it is allowed, else how long to wait. */
    public Uni<Optional<Refusal>> attempt(String key) {
        Instant now = clock.instant();
        Optional<Instant> known = blocked.blockedUntil(key, now);
        if (known.isPresent()) {
            return Uni.createFrom().item(Optional.of(refusal(known.get(), now)));
        }
        return table.hit(scope, key, window, now).map(count -> {
            if (count.hits() <= limit) {
                return Optional.empty();
            }
            blocked.block(key, count.windowEnds(), now);
            return Optional.of(refusal(count.windowEnds(), now));
        });
    }

    /** Counts one attempt and fails with 429 and Retry-After when it is over the limit. */
    public Uni<Void> admit(String key, String refusedBecause) {
        return attempt(key).map(refused -> {
            if (refused.isPresent()) {
                Duration wait = refused.get().retryAfter();
                throw ProblemException.tooManyRequests(refusedBecause + "; try again in " + wait.toSeconds()
                        + " seconds.", wait);
            }
            return null;
        });
    }

    /** Gives the attempt back: it should not count (a login that succeeded). */
    public Uni<Void> refund(String key) {
        blocked.forget(key);
        return table.refund(scope, key, clock.instant());
    }

    /** Starts the key afresh. */
    public Uni<Void> reset(String key) {
        blocked.forget(key);
        return table.reset(scope, key);
    }

    public int limit() {
        return limit;
    }

    private static Refusal refusal(Instant windowEnds, Instant now) {
        long millis = Math.max(0, Duration.between(now, windowEnds).toMillis());
        // whole seconds, rounded up: a client waiting exactly Retry-After must find the window over
        return new Refusal(Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
    }
}
